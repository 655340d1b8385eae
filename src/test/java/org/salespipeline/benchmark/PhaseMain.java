package org.salespipeline.benchmark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs one phase of the benchmark in its own JVM, so that each phase gets the heap it is measured with. */
public final class PhaseMain {

    private PhaseMain() {
    }

    /** {@code ingest|store|reference --url= --user= --password= --result= [--deals= --recorded= --warmup= --runs=]} */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].substring(2).split("=", 2);
            options.put(pair[0], pair[1]);
        }
        PhaseResults results;
        try (PooledDatabase db = PooledDatabase.open(options.get("url"), options.get("user"), options.get("password"))) {
            results = switch (args[0]) {
                case "ingest" -> IngestionPhase.run(db, number(options, "deals"), number(options, "recorded"));
                case "backfill-status" -> IngestionPhase.backfillStatusOnly(db, number(options, "deals"));
                case "store" -> QueryPhase.run(db, QueryPhase.Side.STORE, number(options, "warmup"), number(options, "runs"));
                case "reference" -> QueryPhase.run(db, QueryPhase.Side.REFERENCE, number(options, "warmup"),
                        number(options, "runs"));
                default -> throw new IllegalArgumentException("Unknown phase " + args[0]);
            };
        }
        results.write(Path.of(options.get("result")));
    }

    private static int number(Map<String, String> options, String name) {
        return Integer.parseInt(options.get(name));
    }
}
