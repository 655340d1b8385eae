package org.salespipeline.benchmark;

import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.metrics.ReferenceMetrics;
import org.salespipeline.store.AoPipelineDirectory;
import org.salespipeline.store.SqlPipelineMetrics;

/** Times every metric question on one side — the store's SQL or the streaming reference — and its peak heap. */
final class QueryPhase {

    /** Which implementation answers. */
    enum Side { STORE, REFERENCE }

    private QueryPhase() {
    }

    static PhaseResults run(PooledDatabase db, Side side, int warmup, int runs) {
        PipelineConfig config = new AoPipelineDirectory(new EntityManagerActiveObjects(db.entityManager()))
                .find(BenchmarkData.PROJECT).orElseThrow();
        PipelineMetrics metrics = side == Side.STORE
                ? new SqlPipelineMetrics(new EntityManagerSqlReader(db.entityManager()))
                : ReferenceMetrics.streaming(config.mapping(), () -> StreamingDeals.of(db.dataSource(), BenchmarkData.PROJECT));
        String prefix = side.name().toLowerCase(java.util.Locale.ROOT);
        PhaseResults results = new PhaseResults();
        HeapPeak.reset();
        int answers = 0;
        for (MetricCase question : MetricCase.all(config.pipeline(), BenchmarkData.NOW)) {
            Timings timings = new Timings();
            for (int run = 0; run < warmup + runs; run++) {
                long before = System.nanoTime();
                Object answer = question.question().apply(metrics);
                long elapsed = System.nanoTime() - before;
                // Using each answer keeps the JIT from dropping work whose result nobody reads.
                answers += answer.hashCode() & 1;
                if (run >= warmup) {
                    timings.add(elapsed);
                }
            }
            results.putTimings(prefix + "." + question.key(), timings);
        }
        return results.put(prefix + ".heap.peak", HeapPeak.peakMebibytes())
                .put(prefix + ".heap.max", HeapPeak.maxHeapMebibytes())
                .put(prefix + ".answers", answers);
    }
}
