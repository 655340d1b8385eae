package org.salespipeline.history;

import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    // Projects whose rebuild this node has been asked for and not yet ended: queued or running here.
    private final Map<String, Integer> active = new ConcurrentHashMap<>();
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
        active.merge(projectKey, 1, Integer::sum);
        return executor.submit(() -> {
            try {
                Lock lock = clusterLocks.apply(LOCK_PREFIX + projectKey);
                if (!lock.tryLock()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(rebuild.run(projectKey, source));
                } finally {
                    lock.unlock();
                }
            } finally {
                active.computeIfPresent(projectKey, (key, count) -> count > 1 ? count - 1 : null);
            }
        });
    }

    /** True while a rebuild of the project asked of this node is queued or running. */
    public boolean isActive(String projectKey) {
        return active.containsKey(projectKey);
    }

    /** Spring destroy-method: lets a running rebuild finish its current deal, then stops. */
    public void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
