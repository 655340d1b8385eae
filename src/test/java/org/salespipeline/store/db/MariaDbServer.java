package org.salespipeline.store.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.AssumptionViolatedException;

/**
 * A real MariaDB server configured as Jira's MySQL 8 is, started once per test JVM on first use and stopped
 * (its data deleted) when the JVM exits. Without MariaDB installed, tests using it skip — or fail when
 * {@code -Ddatabase.required=true}.
 */
public final class MariaDbServer {

    /** MySQL 8's default SQL mode: strict, and double quotes delimit strings, not identifiers. */
    public static final String SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
    static final String HOST = "127.0.0.1";
    private static final String USER = "salespipeline";
    private static final String PASSWORD = "salespipeline";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final long STARTUP_TIMEOUT_MS = 60_000;

    private static MariaDbServer running;
    private static RuntimeException startFailure;

    private final Path home;
    private final int port;
    private Process process;
    private long initialiseMillis;
    private long startMillis;

    private MariaDbServer(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Whether mariadbd and mariadb-install-db are installed (see {@link MariaDbBinaries#searchPath()}). */
    public static boolean available() {
        return MariaDbBinaries.find().isPresent();
    }

    /** The running server, started on first use; skips the calling test when MariaDB is not installed. */
    public static synchronized MariaDbServer get() {
        if (running != null) {
            return running;
        }
        if (startFailure != null) {
            throw new IllegalStateException("MariaDB failed to start earlier in this JVM", startFailure);
        }
        MariaDbBinaries binaries = MariaDbBinaries.find().orElseThrow(MariaDbServer::notInstalled);
        MariaDbServer server;
        try {
            server = new MariaDbServer(Files.createTempDirectory("salespipeline-mariadb-"), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary directory or free port for MariaDB", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mariadb-stop"));
        try {
            server.start(binaries);
        } catch (RuntimeException e) {
            startFailure = e;
            server.stop();
            throw e;
        }
        running = server;
        return server;
    }

    /** Skips the test, or fails it when the build requires the database tests to run. */
    private static RuntimeException notInstalled() {
        String message = "MariaDB is not installed (no mariadbd and mariadb-install-db in "
                + MariaDbBinaries.searchPath() + "): apt-get install mariadb-server";
        if (Boolean.getBoolean("database.required")) {
            return new IllegalStateException(message + "; database.required=true, so this is a failure");
        }
        return new AssumptionViolatedException(message + "; skipping");
    }

    /** A port on 127.0.0.1 that the system has just reported free. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /** Creates the data directory, launches the server, waits for it and creates the tests' account. */
    private void start(MariaDbBinaries binaries) {
        long begin = System.nanoTime();
        initialiseDataDirectory(binaries);
        long initialised = System.nanoTime();
        launch(binaries);
        String version = awaitConnections();
        createUser();
        long ready = System.nanoTime();
        initialiseMillis = TimeUnit.NANOSECONDS.toMillis(initialised - begin);
        startMillis = TimeUnit.NANOSECONDS.toMillis(ready - initialised);
        System.out.printf("MariaDB %s on %s:%d: data directory initialised in %d ms, accepting connections %d ms later%n",
                version, HOST, port, initialiseMillis, startMillis);
    }

    /** Creates the system tables, with root allowed in over TCP from 127.0.0.1 without a password. */
    private void initialiseDataDirectory(MariaDbBinaries binaries) {
        Path log = home.resolve("install-db.log");
        List<String> command = List.of(binaries.installDb().toString(), "--no-defaults", "--user=root",
                "--datadir=" + home.resolve("data"), "--auth-root-authentication-method=normal", "--skip-test-db");
        try {
            Process install = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!install.waitFor(STARTUP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                install.destroyForcibly();
                throw new IllegalStateException("mariadb-install-db did not finish within 60 s:\n" + read(log));
            }
            if (install.exitValue() != 0) {
                throw new IllegalStateException("mariadb-install-db exited with " + install.exitValue() + ":\n" + read(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("mariadb-install-db did not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while initialising MariaDB's data directory", e);
        }
    }

    /** Starts mariadbd in the background, its console output going to a file beside its error log. */
    private void launch(MariaDbBinaries binaries) {
        try {
            Files.createDirectories(home.resolve("tmp"));
            process = new ProcessBuilder(serverCommand(binaries)).redirectErrorStream(true)
                    .redirectOutput(home.resolve("console.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("mariadbd did not run", e);
        }
    }

    /** The server's whole configuration: no option files are read, so the machine's own MariaDB set-up plays no part. */
    private List<String> serverCommand(MariaDbBinaries binaries) {
        List<String> command = new ArrayList<>(List.of(binaries.server().toString(), "--no-defaults", "--user=root"));
        command.add("--datadir=" + home.resolve("data"));
        command.add("--tmpdir=" + home.resolve("tmp"));
        command.add("--socket=" + home.resolve("mariadbd.sock"));
        command.add("--pid-file=" + home.resolve("mariadbd.pid"));
        command.add("--log-error=" + errorLog());
        command.add("--bind-address=" + HOST);
        command.add("--port=" + port);
        command.add("--skip-name-resolve");
        command.add("--sql-mode=" + SQL_MODE);
        command.add("--character-set-server=utf8mb4");
        command.add("--collation-server=utf8mb4_bin");
        command.add("--transaction-isolation=READ-COMMITTED");
        command.add("--innodb-flush-log-at-trx-commit=1");
        command.add("--innodb-buffer-pool-size=256M");
        command.add("--max-connections=250");
        // The driver's serverTimezone=UTC then matches what the server itself uses for NOW() and TIMESTAMP columns.
        command.add("--default-time-zone=+00:00");
        return command;
    }

    /** Waits until the server takes a connection, and returns its version. */
    private String awaitConnections() {
        long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MS;
        SQLException last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + process.exitValue() + ":\n" + read(errorLog()));
            }
            try (Connection connection = admin(); Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT VERSION()")) {
                rs.next();
                return rs.getString(1);
            } catch (SQLException e) {
                last = e;
            }
            pause();
        }
        throw new IllegalStateException("MariaDB accepted no connection on " + HOST + ":" + port + " within 60 s ("
                + (last == null ? "no attempt" : last.getMessage()) + "):\n" + read(errorLog()), last);
    }

    /** The account the tests use: a password login over TCP, as Jira's own database user has. */
    private void createUser() {
        execute("CREATE USER '" + USER + "'@'" + HOST + "' IDENTIFIED BY '" + PASSWORD + "'",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'" + HOST + "'");
    }

    /** Creates the database, in utf8mb4 with binary collation, unless it exists. */
    public void createDatabase(String name) {
        execute("CREATE DATABASE IF NOT EXISTS `" + checked(name) + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }

    /** Drops the database with all its tables, then creates it empty. */
    public void recreateDatabase(String name) {
        execute("DROP DATABASE IF EXISTS `" + checked(name) + "`");
        createDatabase(name);
    }

    /** The URL the tests connect with: MySQL's own driver, set up as for Jira, with {@link MySqlSyntaxGuard} watching. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://" + HOST + ":" + port + "/" + checked(database)
                // Metadata calls with a null catalog (as Active Objects makes them) see this database only, not all.
                + "?nullDatabaseMeansCurrent=true"
                + "&useSSL=false&allowPublicKeyRetrieval=true"
                + "&serverTimezone=UTC&characterEncoding=UTF-8"
                + "&createDatabaseIfNotExist=true"
                // A server that went away fails the test in minutes instead of hanging the build.
                + "&connectTimeout=10000&socketTimeout=300000"
                + "&queryInterceptors=" + MySqlSyntaxGuard.class.getName();
    }

    /** The tests' database account. */
    public String user() {
        return USER;
    }

    /** The password of {@link #user()}. */
    public String password() {
        return PASSWORD;
    }

    /** The TCP port the server listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** How long {@code mariadb-install-db} took to create the data directory. */
    public long initialiseMillis() {
        return initialiseMillis;
    }

    /** How long the server took from launch until it accepted a connection and its user was created. */
    public long startMillis() {
        return startMillis;
    }

    /** A connection as root, for setting the server up; not watched by the syntax guard. */
    private Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + HOST + ":" + port
                + "/?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=1000", "root", "");
    }

    private void execute(String... statements) {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB refused " + String.join("; ", statements), e);
        }
    }

    private static String checked(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        return database;
    }

    private Path errorLog() {
        return home.resolve("error.log");
    }

    /** Shuts the server down cleanly (forcibly after 30 s) and deletes its data. */
    private synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        delete(home);
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("MariaDB's temporary directory " + directory + " was not deleted: " + e.getMessage());
        }
    }

    private static String read(Path log) {
        try {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log written)";
            return text.length() > 8000 ? "…" + text.substring(text.length() - 8000) : text;
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for MariaDB", e);
        }
    }
}
