package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in (compile only, never packaged) for a cluster-wide lock; it is a java.util.concurrent Lock (the app calls only
 * Lock's own tryLock and unlock).
 * Jira kind: interface
 * Known only from: Jira 9 (Platform 6, beehive-api 5.0.1) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.beehive_beehive-api-5.0.1/com/atlassian/beehive/ClusterLock.java (@PublicApi public interface ClusterLock extends Lock); Jira 11.3 code locks and unlocks one from getLockForName (deftdevs/bootstrapi@4c9d627 StartupConfigLifecycle.java, its Platform 8 commons module), which does not show its kind
 * Checked: deftdevs/bootstrapi@4c9d6271f00207820d13880e433f8aa5b4cfb6c6:commons/src/main/java/com/deftdevs/bootstrapi/commons/startup/StartupConfigLifecycle.java (lock and unlock through this type; Jira 11.3.10)
 */
public interface ClusterLock extends Lock {
}
