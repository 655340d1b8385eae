package org.salespipeline.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Command-line options of the demo host.
 *
 * @param databaseDirectory where the embedded HSQLDB database lives, or null when the host runs on {@code jdbc}
 * @param dataFile a history file to load instead of the default data, or null
 * @param now a fixed instant for every "now" of the app, or null for the real clock
 * @param jdbc an existing PostgreSQL or MySQL-family database to run on instead of HSQLDB, or null
 */
public record DemoOptions(int port, Path databaseDirectory, Path dataFile, Instant now, JdbcDatabase jdbc) {

    public static final int DEFAULT_PORT = 8080;
    static final String USAGE = "Options: --port N (default 8080), --db DIRECTORY (embedded HSQLDB database, "
            + "default target/demo-db), --data HISTORY_FILE.json (load it instead of the default data), "
            + "--now INSTANT (e.g. 2026-06-01T00:00:00Z); or, instead of --db, an existing PostgreSQL or MySQL "
            + "database: --jdbc-url URL (jdbc:postgresql://... or jdbc:mysql://...) --jdbc-user USER "
            + "[--jdbc-password PASSWORD] [--jdbc-schema SCHEMA (PostgreSQL only: an existing schema for the app's "
            + "tables, default the connection's own)]";

    public DemoOptions {
        if (databaseDirectory == null && jdbc == null) {
            throw new IllegalArgumentException("The demo host needs a database: --db DIRECTORY or --jdbc-url URL. " + USAGE);
        }
        if (databaseDirectory != null && jdbc != null) {
            throw new IllegalArgumentException("--db and --jdbc-url are alternatives: the demo runs either on an "
                    + "embedded HSQLDB database in a directory or on an existing server, not both. " + USAGE);
        }
    }

    /** The embedded HSQLDB database in a directory, with a data file and a fixed now (either may be null). */
    public DemoOptions(int port, Path databaseDirectory, Path dataFile, Instant now) {
        this(port, databaseDirectory, dataFile, now, null);
    }

    public DemoOptions(int port, Path databaseDirectory) {
        this(port, databaseDirectory, null, null);
    }

    /** An existing database server, with a data file and a fixed now (either may be null). */
    public DemoOptions(int port, JdbcDatabase jdbc, Path dataFile, Instant now) {
        this(port, null, dataFile, now, jdbc);
    }

    /**
     * An existing database the demo host keeps the app's tables in, reached through the JDBC drivers on the
     * demo's classpath (PostgreSQL's and MySQL's; MySQL's also serves MariaDB).
     *
     * @param password the account's password, empty for none
     * @param schema the schema of the app's tables (PostgreSQL), or null for the connection's default schema
     */
    public record JdbcDatabase(String url, String user, String password, String schema) {

        public JdbcDatabase {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("--jdbc-url needs a JDBC URL. " + USAGE);
            }
            url = url.trim();
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("jdbc:mariadb:")) {
                throw new IllegalArgumentException("The demo talks to MariaDB through MySQL's driver: write the URL as "
                        + "jdbc:mysql:" + url.substring("jdbc:mariadb:".length()) + " instead of " + url + ".");
            }
            if (!lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:mysql:")) {
                throw new IllegalArgumentException("The demo runs on PostgreSQL (jdbc:postgresql://HOST:PORT/DATABASE) "
                        + "or MySQL and MariaDB (jdbc:mysql://HOST:PORT/DATABASE), whose drivers it has; not on " + url + ".");
            }
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("--jdbc-url needs --jdbc-user, the database account the demo "
                        + "connects as. " + USAGE);
            }
            password = password == null ? "" : password;
            schema = schema == null || schema.isBlank() ? null : schema.trim();
            if (schema != null && lower.startsWith("jdbc:mysql:")) {
                throw new IllegalArgumentException("--jdbc-schema is for PostgreSQL: MySQL has no schemas inside a "
                        + "database, so name the database the app's tables go in in the URL instead "
                        + "(jdbc:mysql://HOST:PORT/DATABASE).");
            }
        }

        /** Whether the URL is for MySQL's driver (MySQL or MariaDB). */
        public boolean isMySql() {
            return url.toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:");
        }

        /** The URL and schema, never the password, for messages. */
        @Override
        public String toString() {
            return url + (schema == null ? "" : " (schema " + schema + ")") + " as " + user;
        }
    }

    public static DemoOptions parse(String... args) {
        int port = DEFAULT_PORT;
        Path database = null;
        Path data = null;
        Instant now = null;
        String url = null;
        String user = null;
        String password = null;
        String schema = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = port(value(args, ++i, "--port"));
                case "--db" -> database = Path.of(value(args, ++i, "--db"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--now" -> now = instant(value(args, ++i, "--now"));
                case "--jdbc-url" -> url = value(args, ++i, "--jdbc-url");
                case "--jdbc-user" -> user = value(args, ++i, "--jdbc-user");
                case "--jdbc-password" -> password = value(args, ++i, "--jdbc-password");
                case "--jdbc-schema" -> schema = value(args, ++i, "--jdbc-schema");
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + ". " + USAGE);
            }
        }
        if (url == null) {
            for (String[] given : new String[][] {{"--jdbc-user", user}, {"--jdbc-password", password},
                    {"--jdbc-schema", schema}}) {
                if (given[1] != null) {
                    throw new IllegalArgumentException(given[0] + " needs --jdbc-url: it says how to reach an existing "
                            + "database, and without --jdbc-url the demo uses its embedded HSQLDB database. " + USAGE);
                }
            }
            return new DemoOptions(port, database != null ? database : DemoHost.defaultDatabaseDirectory(), data, now);
        }
        if (database != null) {
            throw new IllegalArgumentException("--db and --jdbc-url are alternatives: --db is a directory for the "
                    + "embedded HSQLDB database, --jdbc-url an existing server. " + USAGE);
        }
        return new DemoOptions(port, new JdbcDatabase(url, user, password, schema), data, now);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("--port needs a port number from 0 to 65535, not " + text);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--now needs an instant such as 2026-06-01T00:00:00Z, not " + text, e);
        }
    }

    /** The option's value; another option in its place means the value is missing (a password may start with --). */
    private static String value(String[] args, int index, String option) {
        if (index >= args.length || (args[index].startsWith("--") && !option.equals("--jdbc-password"))) {
            throw new IllegalArgumentException(option + " needs a value. " + USAGE);
        }
        return args[index];
    }
}
