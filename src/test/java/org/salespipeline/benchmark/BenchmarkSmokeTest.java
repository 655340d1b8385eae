package org.salespipeline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.store.db.MariaDbServer;

/**
 * A small run of the whole benchmark — every phase in its own JVM, on each database — so that it cannot rot. The
 * MariaDB run skips where MariaDB is not installed (fails under {@code -Ddatabase.required=true}).
 */
class BenchmarkSmokeTest {

    @Test
    @DisplayName("a run at a thousand deals measures every phase on MariaDB, started once and reached by every phase")
    void smallRunOnMariaDb(@TempDir Path work) throws Exception {
        MariaDbServer.get();
        // One reference run per question: on MariaDB each run sorts every transition, which keeps the test short.
        BenchmarkOptions options = BenchmarkOptions.parse("--sizes=1000", "--databases=mariadb", "--warmup=1",
                "--runs=3", "--reference-warmup=0", "--reference-runs=1", "--recorded=10", "--work=" + work.resolve("work"),
                "--out=" + work.resolve("benchmark.md"));

        List<Benchmark.Measured> measured = Benchmark.run(options);

        assertThat(measured).extracting(Benchmark.Measured::database, Benchmark.Measured::deals)
                .containsExactly(tuple(DatabaseUnderTest.MariaDb.LABEL, 1000));
        assertMeasuredEverything(measured.get(0).results(), 1);
        String report = Files.readString(options.out());
        assertThat(report).contains("innodb_flush_log_at_trx_commit=1").contains("3 timed runs each (reference: 1)");
        for (MetricCase question : MetricCase.all(PipelineTemplate.SEVEN_STAGE.pipeline("ACME", "ACME sales", "USD"),
                BenchmarkData.NOW)) {
            assertThat(report).contains("| " + DatabaseUnderTest.MariaDb.LABEL + " | 1,000 | " + question.label() + " |");
        }
    }

    private static void assertMeasuredEverything(PhaseResults r, int referenceRuns) {
        assertThat(r.number("backfill.transitions")).as("about ten changes per deal").isBetween(5_000.0, 15_000.0);
        assertThat(r.number("record.runs")).isPositive();
        assertThat(r.number("record.p95")).isGreaterThanOrEqualTo(r.number("record.p50"));
        assertThat(r.number("record.field.runs")).as("field changes recorded one by one").isPositive();
        assertThat(r.number("commit.bare.runs")).as("a bare commit beside each recording")
                .isEqualTo(r.number("record.runs") + r.number("record.field.runs"));
        assertThat(r.number("backfill.fieldChanges")).as("field history in the backfill").isPositive();
        assertThat(r.number("backfill.statusOnly.seconds")).as("the backfill without field history").isPositive();
        assertThat(r.number("store.heap.max")).as("the store's queries ran under -Xmx256m").isLessThanOrEqualTo(256);
        assertThat(r.number("store.heap.peak")).isPositive().isLessThanOrEqualTo(r.number("store.heap.max"));
        assertThat(r.number("store.funnel-90d.runs")).isEqualTo(3);
        assertThat(r.number("reference.time-all.runs")).isEqualTo(referenceRuns);
    }

    @Test
    @DisplayName("a run at a thousand deals measures every phase on HSQLDB and PostgreSQL and reports every row")
    void smallRunReportsEverything(@TempDir Path work) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse("--sizes=1000", "--databases=hsqldb,postgres", "--warmup=1",
                "--runs=3", "--reference-warmup=0", "--recorded=10", "--work=" + work.resolve("work"),
                "--out=" + work.resolve("benchmark.md"));

        List<Benchmark.Measured> measured = Benchmark.run(options);

        assertThat(measured).extracting(Benchmark.Measured::database, Benchmark.Measured::deals)
                .containsExactly(tuple("HSQLDB", 1000), tuple("PostgreSQL", 1000));
        for (Benchmark.Measured m : measured) {
            assertMeasuredEverything(m.results(), 3);
        }
        String report = Files.readString(options.out());
        assertThat(report).contains("fsync=on, synchronous_commit=on").contains("Machine: ");
        for (MetricCase question : MetricCase.all(PipelineTemplate.SEVEN_STAGE.pipeline("ACME", "ACME sales", "USD"),
                BenchmarkData.NOW)) {
            assertThat(report).contains("| HSQLDB | 1,000 | " + question.label() + " |")
                    .contains("| PostgreSQL | 1,000 | " + question.label() + " |");
        }
    }
}
