package org.salespipeline.demo;

import java.nio.file.Path;

/** Command-line options of the demo host. */
public record DemoOptions(int port, Path databaseDirectory) {

    public static final int DEFAULT_PORT = 8080;

    public static DemoOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path database = DemoHost.defaultDatabaseDirectory();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--db" -> database = Path.of(value(args, ++i, "--db"));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + ". Options: --port N (default 8080), --db DIRECTORY (default target/demo-db)");
            }
        }
        return new DemoOptions(port, database);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
