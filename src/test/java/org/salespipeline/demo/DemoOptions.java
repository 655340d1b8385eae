package org.salespipeline.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Command-line options of the demo host.
 *
 * @param dataFile a history file to load instead of the default data, or null
 * @param now a fixed instant for every "now" of the app, or null for the real clock
 */
public record DemoOptions(int port, Path databaseDirectory, Path dataFile, Instant now) {

    public static final int DEFAULT_PORT = 8080;
    static final String USAGE = "Options: --port N (default 8080), --db DIRECTORY (default target/demo-db), "
            + "--data HISTORY_FILE.json (load it instead of the default data), --now INSTANT (e.g. 2026-06-01T00:00:00Z)";

    public DemoOptions(int port, Path databaseDirectory) {
        this(port, databaseDirectory, null, null);
    }

    public static DemoOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path database = DemoHost.defaultDatabaseDirectory();
        Path data = null;
        Instant now = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--db" -> database = Path.of(value(args, ++i, "--db"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--now" -> now = instant(value(args, ++i, "--now"));
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + ". " + USAGE);
            }
        }
        return new DemoOptions(port, database, data, now);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--now needs an instant such as 2026-06-01T00:00:00Z, not " + text, e);
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value. " + USAGE);
        }
        return args[index];
    }
}
