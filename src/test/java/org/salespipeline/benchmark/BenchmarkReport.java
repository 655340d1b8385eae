package org.salespipeline.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.salespipeline.pipeline.PipelineTemplate;

/** The benchmark's results as markdown tables: ingestion, each metric against the reference, and memory. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static String markdown(BenchmarkOptions options, List<Benchmark.Measured> measured) {
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(gibibytes()).append(" GiB, ").append(System.getProperty("os.name")).append(", Java ")
                .append(System.getProperty("java.version")).append("; ").append(LocalDate.now(ZoneOffset.UTC))
                .append(".\n\nData: the generator's ").append(PipelineTemplate.SEVEN_STAGE.id())
                .append(" pipeline; N deals backfilled, then ").append(options.recordedDeals())
                .append(" further deals recorded change by change. Queries: ").append(options.warmup())
                .append(" warm-up runs (reference: ").append(options.referenceWarmup()).append("), then ")
                .append(options.runs()).append(" timed runs each")
                .append(options.referenceRuns() == options.runs() ? "" : " (reference: " + options.referenceRuns() + ")")
                .append("; milliseconds, uncached.\n\n");
        ingestion(md, measured);
        RecordingReport.markdown(md, measured);
        queries(md, measured);
        memory(md, measured);
        return md.toString();
    }

    private static void ingestion(StringBuilder md, List<Benchmark.Measured> measured) {
        md.append("| Database | N | Transitions | Backfill | Backfill throughput | Record one p50 | Record one p95 | Durability |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Benchmark.Measured m : measured) {
            PhaseResults r = m.results();
            md.append(format("| %s | %,d | %,d | %.1f s | %,.0f /s | %.2f ms | %.2f ms | %s |%n", m.database(), m.deals(),
                    (long) r.number("backfill.transitions"), r.number("backfill.seconds"), r.number("backfill.perSecond"),
                    r.number("record.p50"), r.number("record.p95"), r.text("durability")));
        }
    }

    private static void queries(StringBuilder md, List<Benchmark.Measured> measured) {
        md.append("\n| Database | N | Question | Store p50 | Store p95 | Reference p50 | Reference p95 | Faster (p50) | Faster (p95) |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Benchmark.Measured m : measured) {
            PhaseResults r = m.results();
            for (MetricCase question : MetricCase.all(PipelineTemplate.SEVEN_STAGE.pipeline("ACME", "ACME sales", "USD"), BenchmarkData.NOW)) {
                String key = question.key();
                double storeP50 = r.number("store." + key + ".p50");
                double storeP95 = r.number("store." + key + ".p95");
                double refP50 = r.number("reference." + key + ".p50");
                double refP95 = r.number("reference." + key + ".p95");
                md.append(format("| %s | %,d | %s | %.1f | %.1f | %,.0f | %,.0f | %,.0f× | %,.0f× |%n", m.database(),
                        m.deals(), question.label(), storeP50, storeP95, refP50, refP95, refP50 / storeP50,
                        refP95 / storeP95));
            }
        }
    }

    private static void memory(StringBuilder md, List<Benchmark.Measured> measured) {
        md.append("\n| Database | N | Store queries: peak heap (max heap) | Reference: peak heap (max heap) |\n")
                .append("|---|---:|---:|---:|\n");
        for (Benchmark.Measured m : measured) {
            PhaseResults r = m.results();
            md.append(format("| %s | %,d | %.0f MiB (%.0f MiB) | %.0f MiB (%.0f MiB) |%n", m.database(), m.deals(),
                    r.number("store.heap.peak"), r.number("store.heap.max"), r.number("reference.heap.peak"),
                    r.number("reference.heap.max")));
        }
    }

    private static long gibibytes() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
