package org.salespipeline.demo;

import com.atlassian.beehive.ClusterLock;
import java.util.concurrent.locks.ReentrantLock;

/** A cluster lock for the demo's single node. */
final class DemoClusterLock extends ReentrantLock implements ClusterLock {

    private static final long serialVersionUID = 1L;
}
