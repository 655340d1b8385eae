package com.atlassian.beehive;

/**
 * Stand-in (compile only, never packaged) for the host's cluster-wide locks, shared by all Data Center nodes.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — deftdevs/bootstrapi@4c9d627 jira/src/main/java/com/deftdevs/bootstrapi/jira/config/AtlassianConfig.java (importOsgiService(ClusterLockService.class), an OSGi service interface of its Jira 11.3.10 app)
 * Jira 10.3: not confirmed — deftdevs/bootstrapi@eadf31dd (its Jira 10.3.6 build) does not use it
 * Checked: deftdevs/bootstrapi@4c9d6271f00207820d13880e433f8aa5b4cfb6c6:commons/src/main/java/com/deftdevs/bootstrapi/commons/startup/StartupConfigLifecycle.java (getLockForName; Jira 11.3.10)
 */
public interface ClusterLockService {

    /**
     * Confirmed: Jira 11.3 — deftdevs/bootstrapi@4c9d627 StartupConfigLifecycle.java (ClusterLock lock = clusterLockService.getLockForName(...))
     * Jira 10.3: not confirmed — deftdevs/bootstrapi@eadf31dd (its Jira 10.3.6 build) does not call it
     */
    ClusterLock getLockForName(String lockName);
}
