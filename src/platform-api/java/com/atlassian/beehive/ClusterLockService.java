package com.atlassian.beehive;

/**
 * Stand-in (compile only, never packaged) for the host's cluster-wide locks, shared by all Data Center nodes.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — deftdevs/bootstrapi@4c9d627 jira/src/main/java/com/deftdevs/bootstrapi/jira/config/AtlassianConfig.java (importOsgiService(ClusterLockService.class), an OSGi service interface of its Jira 11.3.10 app)
 * Checked: deftdevs/bootstrapi@4c9d6271f00207820d13880e433f8aa5b4cfb6c6:commons/src/main/java/com/deftdevs/bootstrapi/commons/startup/StartupConfigLifecycle.java (getLockForName; Jira 11.3.10)
 */
public interface ClusterLockService {

    /** Confirmed: Jira 11.3 — deftdevs/bootstrapi@4c9d627 StartupConfigLifecycle.java (ClusterLock lock = clusterLockService.getLockForName(...)) */
    ClusterLock getLockForName(String lockName);
}
