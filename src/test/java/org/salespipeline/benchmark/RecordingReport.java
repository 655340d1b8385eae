package org.salespipeline.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * What recording costs beside the floor a database sets: one status change, one field change and a bare one-row
 * durable commit, timed in turn on the same machine, and the backfill with and without field history.
 */
final class RecordingReport {

    private RecordingReport() {
    }

    static void markdown(StringBuilder md, List<Benchmark.Measured> measured) {
        md.append("\n| Database | N | Field changes | Record a status change p50 / p95 | Record a field change p50 / p95 "
                + "| Bare one-row commit p50 / p95 | Backfill, status only | Backfill with field history | Ratio |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Benchmark.Measured m : measured) {
            PhaseResults r = m.results();
            double statusOnly = r.number("backfill.statusOnly.seconds");
            double withFields = r.number("backfill.seconds");
            md.append(String.format(Locale.ROOT,
                    "| %s | %,d | %,d | %.2f / %.2f ms | %.2f / %.2f ms | %.2f / %.2f ms | %.1f s | %.1f s | %.2f× |%n",
                    m.database(), m.deals(), (long) r.number("backfill.fieldChanges"), r.number("record.p50"),
                    r.number("record.p95"), r.number("record.field.p50"), r.number("record.field.p95"),
                    r.number("commit.bare.p50"), r.number("commit.bare.p95"), statusOnly, withFields,
                    withFields / statusOnly));
        }
    }
}
