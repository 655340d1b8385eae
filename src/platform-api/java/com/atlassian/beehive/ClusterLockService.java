package com.atlassian.beehive;

/**
 * Stand-in (compile only, never packaged) for the host's cluster-wide locks, shared by all Data Center nodes.
 * Checked: deftdevs/bootstrapi@4c9d6271f00207820d13880e433f8aa5b4cfb6c6:commons/src/main/java/com/deftdevs/bootstrapi/commons/startup/StartupConfigLifecycle.java (getLockForName; Jira 11.3.10)
 */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
