package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in (compile only, never packaged) for a cluster-wide lock; it is a java.util.concurrent Lock.
 * Checked: deftdevs/bootstrapi@4c9d6271f00207820d13880e433f8aa5b4cfb6c6:commons/src/main/java/com/deftdevs/bootstrapi/commons/startup/StartupConfigLifecycle.java (lock and unlock through this type; Jira 11.3.10)
 */
public interface ClusterLock extends Lock {
}
