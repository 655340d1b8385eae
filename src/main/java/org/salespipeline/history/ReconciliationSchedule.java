package org.salespipeline.history;

import org.salespipeline.text.Message;
import org.salespipeline.text.StoredMessages;
import java.time.Clock;
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
    private final ReconciliationRecord record;
    private final Clock clock;
    private volatile String unavailable;
    private volatile String lastLogged;

    public ReconciliationSchedule(Reconciliation reconciliation, ChangeHistorySource source,
            Supplier<List<String>> projects, Function<String, Lock> clusterLocks, Duration interval,
            ReconciliationRecord record, Clock clock) {
        this.reconciliation = reconciliation;
        this.source = source;
        this.projects = projects;
        this.clusterLocks = clusterLocks;
        this.interval = interval;
        this.record = record;
        this.clock = clock;
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

    /**
     * Reconciles every pipeline this node gets the lock for; returns how many deals it repaired. Nothing a run
     * meets stops the schedule: a failure (a missing Jira method included) is logged once with its cause,
     * kept as the run's error for the system check, and the next run comes as planned. Only errors of the
     * JVM itself, such as running out of memory, go on up.
     */
    public int runOnce() {
        int checked = 0;
        int repaired = 0;
        String error = null;
        try {
            for (String projectKey : projects.get()) {
                Lock lock = clusterLocks.apply(LOCK_PREFIX + projectKey);
                if (!lock.tryLock()) {
                    continue;
                }
                try {
                    Reconciliation.Tally tally = reconciliation.run(projectKey, source);
                    checked += tally.checked();
                    repaired += tally.repaired();
                    unavailable = null;
                } catch (SourceUnavailableException failure) {
                    reportUnavailable(failure);
                    error = failure.stored();
                    break;
                } catch (Exception | LinkageError failure) {
                    error = StoredMessages.write(Message.of("sales-pipeline.reconciliation.project-failed", projectKey,
                            String.valueOf(failure)));
                    logOnce("Reconciling " + projectKey + " failed: " + failure, failure);
                } finally {
                    lock.unlock();
                }
            }
        } catch (Exception | LinkageError failure) {
            error = StoredMessages.write(Message.of("sales-pipeline.reconciliation.list-failed", String.valueOf(failure)));
            logOnce("The reconciliation could not list its pipelines: " + failure, failure);
        }
        keep(new ReconciliationRun(clock.instant(), checked, repaired, error));
        return repaired;
    }

    private void keep(ReconciliationRun run) {
        try {
            record.save(run);
        } catch (Exception | LinkageError failure) {
            logOnce("The reconciliation's result could not be kept: " + failure, failure);
        }
    }

    /** Logs a failure with its cause the first time it happens, and not again while it keeps happening. */
    private void logOnce(String message, Throwable cause) {
        if (!message.equals(lastLogged)) {
            LOG.log(Level.WARNING, "Sales Pipeline: " + message + "; it runs again at the next interval", cause);
            lastLogged = message;
        }
    }

    /** Why reconciliation could not run last time (a {@link StoredMessages stored message}), or empty when it could. */
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    private void reportUnavailable(SourceUnavailableException failure) {
        String why = failure.stored();
        if (!why.equals(unavailable)) {
            LOG.warning("Sales Pipeline reconciliation is unavailable: " + failure.getMessage()
                    + ". It tries again at its next run.");
        }
        unavailable = why;
    }
}
