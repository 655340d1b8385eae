package org.salespipeline.jira;

import com.atlassian.beehive.ClusterLockService;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

/** Jira's cluster locks by name, as the core asks for them. */
public class ClusterLocks implements Function<String, Lock> {

    private final ClusterLockService clusterLockService;

    public ClusterLocks(ClusterLockService clusterLockService) {
        this.clusterLockService = clusterLockService;
    }

    @Override
    public Lock apply(String lockName) {
        return clusterLockService.getLockForName(lockName);
    }
}
