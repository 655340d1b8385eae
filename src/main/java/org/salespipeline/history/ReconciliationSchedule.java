package org.salespipeline.history;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reconciliation of every pipeline on a fixed interval. Every node schedules it, and the
 * project's cluster lock lets one node at a time do the work, so it runs once per cluster. Where Jira's change
 * history cannot be read, a run reports reconciliation unavailable (once, until that changes) and repairs nothing.
 */
public class ReconciliationSchedule {

    static final String LOCK_PREFIX = "org.salespipeline.sales-pipeline.reconcile.";
    private static final Logger LOG = Logger.getLogger(ReconciliationSchedule.class.getName());

    private final Reconciliation reconciliation;
    private final ChangeHistorySource source;
    private final Supplier<List<String>> projects;
    private final Function<String, Lock> clusterLocks;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private volatile String unavailable;

    public ReconciliationSchedule(Reconciliation reconciliation, ChangeHistorySource source,
            Supplier<List<String>> projects, Function<String, Lock> clusterLocks, Duration interval) {
        this.reconciliation = reconciliation;
        this.source = source;
        this.projects = projects;
        this.clusterLocks = clusterLocks;
        this.interval = interval;
    }

    /** Spring init-method: the first run comes one interval after start-up. */
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sales-pipeline-reconcile");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Spring destroy-method. */
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Reconciles every pipeline this node gets the lock for; returns how many deals it repaired. */
    public int runOnce() {
        int repaired = 0;
        for (String projectKey : projects.get()) {
            Lock lock = clusterLocks.apply(LOCK_PREFIX + projectKey);
            if (lock.tryLock()) {
                try {
                    repaired += reconciliation.run(projectKey, source);
                    unavailable = null;
                } catch (SourceUnavailableException failure) {
                    reportUnavailable(failure.getMessage());
                    return repaired;
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "Reconciling the stage log of " + projectKey + " failed; it runs again later", failure);
                } finally {
                    lock.unlock();
                }
            }
        }
        return repaired;
    }

    /** Why reconciliation could not run last time, or empty when it could. */
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    private void reportUnavailable(String why) {
        if (!why.equals(unavailable)) {
            LOG.warning("Sales Pipeline reconciliation is unavailable: " + why + ". It tries again at its next run.");
        }
        unavailable = why;
    }
}
