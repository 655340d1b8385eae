package org.salespipeline.history;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

/**
 * Runs a project's history rebuild in the background, at most once at a time across the cluster: a
 * rebuild asked for while another node runs one for the same project is left to that node.
 */
public class RebuildRunner {

    static final String LOCK_PREFIX = "org.salespipeline.sales-pipeline.rebuild.";

    private final HistoryRebuild rebuild;
    private final ChangeHistorySource source;
    private final Function<String, Lock> clusterLocks;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sales-pipeline-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public RebuildRunner(HistoryRebuild rebuild, ChangeHistorySource source, Function<String, Lock> clusterLocks) {
        this.rebuild = rebuild;
        this.source = source;
        this.clusterLocks = clusterLocks;
    }

    /** Starts the rebuild in the background; the future says how it ended, empty when another node had it. */
    public Future<Optional<RebuildProgress>> start(String projectKey) {
        return executor.submit(() -> {
            Lock lock = clusterLocks.apply(LOCK_PREFIX + projectKey);
            if (!lock.tryLock()) {
                return Optional.empty();
            }
            try {
                return Optional.of(rebuild.run(projectKey, source));
            } finally {
                lock.unlock();
            }
        });
    }

    /** Spring destroy-method: lets a running rebuild finish its current deal, then stops. */
    public void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
