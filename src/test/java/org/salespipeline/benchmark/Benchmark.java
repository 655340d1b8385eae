package org.salespipeline.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how ingestion and the metrics grow with the number of deals, on each database, and writes a markdown
 * report. Every phase runs in its own JVM: the store's queries under a 256 MiB heap, to show that they need
 * little memory whatever the data, and the reference with room for all of its data.
 */
public final class Benchmark {

    static final String STORE_HEAP = "-Xmx256m";
    static final String ROOMY_HEAP = "-Xmx3g";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        run(options);
        System.out.println("Benchmark written to " + options.out().toAbsolutePath());
    }

    /** One database and deal count, with everything its phases reported. */
    record Measured(String database, int deals, PhaseResults results) {
    }

    static List<Measured> run(BenchmarkOptions options) throws IOException, InterruptedException {
        Files.createDirectories(options.work());
        List<Measured> measured = new ArrayList<>();
        for (String name : options.databases()) {
            try (DatabaseUnderTest database = DatabaseUnderTest.start(name, options.work())) {
                for (int deals : options.sizes()) {
                    DatabaseUnderTest.Target target = database.fresh(deals);
                    String tag = name + "-" + deals;
                    PhaseResults results = fork(options, tag, "ingest", ROOMY_HEAP, target,
                            "--deals=" + deals, "--recorded=" + options.recordedDeals());
                    results.merge(fork(options, tag, "store", STORE_HEAP, target,
                            "--warmup=" + options.warmup(), "--runs=" + options.runs()));
                    results.merge(fork(options, tag, "reference", ROOMY_HEAP, target,
                            "--warmup=" + options.referenceWarmup(), "--runs=" + options.referenceRuns()));
                    // Last, into the same database emptied again: the backfill without field history, to compare.
                    results.merge(fork(options, tag, "backfill-status", ROOMY_HEAP, database.fresh(deals),
                            "--deals=" + deals));
                    measured.add(new Measured(database.name(), deals, results));
                }
            }
        }
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), BenchmarkReport.markdown(options, measured));
        return measured;
    }

    private static PhaseResults fork(BenchmarkOptions options, String tag, String phase, String heap,
            DatabaseUnderTest.Target target, String... more) throws IOException, InterruptedException {
        Path result = options.work().resolve(tag + "-" + phase + ".properties").toAbsolutePath();
        Files.deleteIfExists(result);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=warn",
                "-cp", System.getProperty("java.class.path"), PhaseMain.class.getName(), phase,
                "--url=" + target.url(), "--user=" + target.user(), "--password=" + target.password(),
                "--result=" + result));
        command.addAll(List.of(more));
        System.out.println("[benchmark] " + tag + ": " + phase + " (" + heap + ")");
        long start = System.nanoTime();
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("The " + phase + " phase of " + tag + " failed with exit code " + exit);
        }
        System.out.printf("[benchmark] %s: %s done in %.0f s%n", tag, phase, (System.nanoTime() - start) / 1e9);
        return PhaseResults.read(result);
    }
}
