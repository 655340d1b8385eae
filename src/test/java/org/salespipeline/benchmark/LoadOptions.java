package org.salespipeline.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the load benchmark runs.
 *
 * @param modes {@code postgres} (the demo host on durable embedded PostgreSQL with generated deals, under writers) and
 *     {@code demo} (the demo host on HSQLDB with its default data)
 * @param deals ACME's deals in the PostgreSQL mode
 * @param boardOpenDeals the open deals of the project whose board is rendered (PostgreSQL mode)
 * @param clients the concurrent clients of each level (PostgreSQL mode)
 * @param seconds how long each level runs
 * @param warmupSeconds one client, untimed, before the first level of each mode
 * @param writers threads recording changes through the listener's path while the clients load pages
 * @param changesPerSecond the writers' changes per second in all
 * @param connectionsPerClient the most calls one client has open at once, as a browser opens at most six connections
 *     to one host
 * @param poolSize the connection pool shared by every request and every writer (PostgreSQL mode)
 * @param demoClients and {@code demoSeconds}: the one level of the demo mode
 * @param pageCalls the script that reads the pages' calls from their own scripts
 */
record LoadOptions(List<String> modes, int deals, int boardOpenDeals, List<Integer> clients, int seconds,
        int warmupSeconds, int writers, int changesPerSecond, int connectionsPerClient, int poolSize, int demoClients,
        int demoSeconds, String node, Path pageCalls, Path work, Path out) {

    /** Jira's default dbconfig.xml gives its pool 20 connections (pool-min-size, pool-max-size and pool-max-idle). */
    static final int JIRA_DEFAULT_POOL = 20;

    static LoadOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options look like --name=value, not " + arg);
            }
            String[] pair = arg.substring(2).split("=", 2);
            given.put(pair[0], pair[1]);
        }
        LoadOptions options = new LoadOptions(
                list(given.getOrDefault("modes", "postgres,demo")),
                number(given, "deals", 100_000),
                number(given, "board-open-deals", 500),
                list(given.getOrDefault("clients", "1,4,16,32")).stream().map(Integer::parseInt).toList(),
                number(given, "seconds", 60),
                number(given, "warmup", 10),
                number(given, "writers", 4),
                number(given, "changes-per-second", 20),
                number(given, "connections-per-client", 6),
                number(given, "pool", JIRA_DEFAULT_POOL),
                number(given, "demo-clients", 1),
                number(given, "demo-seconds", number(given, "seconds", 60)),
                given.getOrDefault("node", "node"),
                Path.of(given.getOrDefault("page-calls", "src/test/js/support/page-calls.js")),
                Path.of(given.getOrDefault("work", "target/load")),
                Path.of(given.getOrDefault("out", "target/load.md")));
        for (String mode : options.modes()) {
            if (!List.of("postgres", "demo").contains(mode)) {
                throw new IllegalArgumentException("Unknown mode " + mode + ": postgres or demo");
            }
        }
        if (options.clients().isEmpty() || options.seconds() <= 0 || options.writers() <= 0
                || options.changesPerSecond() <= 0 || options.connectionsPerClient() <= 0) {
            throw new IllegalArgumentException("Clients, seconds, writers, changes per second and connections per "
                    + "client must be positive");
        }
        return options;
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    private static int number(Map<String, String> given, String name, int otherwise) {
        String value = given.get(name);
        return value == null ? otherwise : Integer.parseInt(value.trim());
    }
}
