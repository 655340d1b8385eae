package org.salespipeline.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to measure: deal counts, databases, timed runs per question and where to write.
 *
 * @param referenceRuns timed runs of the reference per question, fewer than {@code runs} where one run takes long
 *     (on MariaDB one read of every transition sorts them all, about 40 s a run at 100,000 deals here)
 * @param recordedDeals further deals whose changes are recorded one by one to time the listener's path
 */
record BenchmarkOptions(List<Integer> sizes, List<String> databases, int warmup, int runs, int referenceWarmup,
        int referenceRuns, int recordedDeals, Path work, Path out) {

    static BenchmarkOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options look like --name=value, not " + arg);
            }
            String[] pair = arg.substring(2).split("=", 2);
            given.put(pair[0], pair[1]);
        }
        BenchmarkOptions options = new BenchmarkOptions(
                Arrays.stream(given.getOrDefault("sizes", "10000,100000").split(",")).map(String::trim)
                        .map(Integer::parseInt).toList(),
                Arrays.stream(given.getOrDefault("databases", "hsqldb,postgres").split(",")).map(String::trim).toList(),
                Integer.parseInt(given.getOrDefault("warmup", "5")),
                Integer.parseInt(given.getOrDefault("runs", "30")),
                Integer.parseInt(given.getOrDefault("reference-warmup", "2")),
                Integer.parseInt(given.getOrDefault("reference-runs", given.getOrDefault("runs", "30"))),
                Integer.parseInt(given.getOrDefault("recorded", "250")),
                Path.of(given.getOrDefault("work", "target/benchmark")),
                Path.of(given.getOrDefault("out", "target/benchmark.md")));
        for (String database : options.databases()) {
            if (!List.of("hsqldb", "postgres", "mariadb").contains(database)) {
                throw new IllegalArgumentException("Unknown database " + database + ": hsqldb, postgres or mariadb");
            }
        }
        return options;
    }
}
