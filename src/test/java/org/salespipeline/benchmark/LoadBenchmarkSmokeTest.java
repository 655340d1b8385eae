package org.salespipeline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ten-second run of the load benchmark on small data — the demo host on durable PostgreSQL under two levels of
 * clients and the writers — so that it cannot rot. It reads the pages' calls with Node, as the benchmark does. (The
 * demo-data mode differs only in the host it starts, whose start-up with the default data would double the test's
 * time.) Where Node is not installed it skips, and under {@code -Dnode.required=true} it fails.
 */
class LoadBenchmarkSmokeTest {

    @Test
    @DisplayName("a short run loads every gadget's calls and the board under writers on PostgreSQL, without an error")
    void shortRunMeasuresEveryLevel(@TempDir Path work) throws Exception {
        assumeTrue(Boolean.getBoolean("node.required") || nodeRuns(), "Node is not installed: the pages' calls are read with it");
        LoadOptions options = LoadOptions.parse("--modes=postgres", "--deals=500", "--board-open-deals=20",
                "--clients=1,4", "--seconds=5", "--warmup=1", "--work=" + work.resolve("work"),
                "--out=" + work.resolve("load.md"));

        List<LoadBenchmark.Mode> modes = LoadBenchmark.run(options);

        assertThat(modes).extracting(LoadBenchmark.Mode::name).containsExactly("postgres");
        LoadBenchmark.Mode postgres = modes.get(0);
        assertThat(postgres.durability()).contains("fsync=on", "synchronous_commit=on");
        assertThat(postgres.poolSize()).isEqualTo(LoadOptions.JIRA_DEFAULT_POOL);
        assertThat(postgres.calls().gadgets()).as("every dashboard item of the descriptor")
                .hasSize(org.salespipeline.demo.PluginDescriptor.load().dashboardItems().size());
        assertThat(postgres.levels()).extracting(level -> level.clients().clients()).containsExactly(1, 4);
        for (LoadBenchmark.Level level : postgres.levels()) {
            LoadLevel.Result r = level.clients();
            assertThat(r.dashboards().count()).as("dashboards loaded at %d clients", r.clients()).isPositive();
            assertThat(r.boards().count()).isPositive();
            assertThat(r.perCall()).allSatisfy((call, timings) -> assertThat(timings.count()).as(call).isPositive());
            assertThat(r.errors()).as("errors at %d clients: %s", r.clients(), r.firstErrors()).isZero();
            assertThat(level.recorded().statusChanges()).isPositive();
            assertThat(level.recorded().fieldChanges()).isPositive();
            assertThat(level.recorded().errors()).as("%s", level.recorded().firstErrors()).isZero();
            assertThat(level.transitionsLogged()).as("every status change reached the stage log")
                    .isEqualTo(level.recorded().statusChanges());
            assertThat(level.peakHeapMebibytes()).isPositive();
        }
        String report = Files.readString(options.out());
        assertThat(report).contains("Machine: ", "PostgreSQL", "fsync=on", "Connection pool: 20",
                "| 1 | `/pipelines/ACME/funnel` |", "| 4 | `/pipelines/BOARD/board` |", "Load average");
    }

    private static boolean nodeRuns() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
