package org.salespipeline.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.salespipeline.store.db.MariaDbServer;

/** A database the benchmark fills afresh for each deal count, and how the phases reach it. */
interface DatabaseUnderTest extends AutoCloseable {

    /** JDBC coordinates of an empty database for {@code deals} deals. */
    Target fresh(int deals);

    String name();

    @Override
    void close();

    /** JDBC coordinates handed to a phase. */
    record Target(String url, String user, String password) {
    }

    static DatabaseUnderTest start(String name, Path work) {
        return switch (name) {
            case "postgres" -> new Postgres(work.resolve("postgres"));
            case "mariadb" -> new MariaDb(MariaDbServer.get());
            default -> new Hsqldb(work.resolve("hsqldb"));
        };
    }

    /** HSQLDB files with cached tables, opened in-process by each phase in turn, as the demo host runs it. */
    record Hsqldb(Path directory) implements DatabaseUnderTest {

        @Override
        public Target fresh(int deals) {
            Path files = directory.resolve(String.valueOf(deals));
            deleteTree(files);
            return new Target("jdbc:hsqldb:file:" + files.resolve("pipeline").toAbsolutePath()
                    + ";hsqldb.default_table_type=cached;hsqldb.tx=mvcc", "SA", "");
        }

        @Override
        public String name() {
            return "HSQLDB";
        }

        @Override
        public void close() {
            // Each phase shuts its in-process database down itself.
        }
    }

    /**
     * An embedded PostgreSQL server kept running across the phases, with fsync and synchronous commits on: the
     * embedded server turns both off by default, which would flatter every write.
     */
    final class Postgres implements DatabaseUnderTest {

        private final EmbeddedPostgres server;

        Postgres(Path directory) {
            try {
                deleteTree(directory);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }

        @Override
        public Target fresh(int deals) {
            String database = "pipeline_" + deals;
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create " + database + ": " + e.getMessage(), e);
            }
            return new Target(server.getJdbcUrl("postgres", database), "postgres", "postgres");
        }

        @Override
        public String name() {
            return "PostgreSQL";
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The MariaDB test server (MySQL 8's sql_mode, every commit flushed to the log: see {@link MariaDbServer}),
     * started by the benchmark's own JVM and reached by each phase's JVM over TCP through MySQL's driver, as
     * Jira reaches MySQL. It stops when the benchmark's JVM exits.
     */
    record MariaDb(MariaDbServer server) implements DatabaseUnderTest {

        @Override
        public Target fresh(int deals) {
            String database = "pipeline_" + deals;
            server.recreateDatabase(database);
            return new Target(server.jdbcUrl(database), server.user(), server.password());
        }

        @Override
        public String name() {
            return LABEL;
        }

        /** What the report calls it: MariaDB runs here because MySQL itself is not packaged for this machine. */
        static final String LABEL = "MariaDB 10.11 (standing in for MySQL 8)";

        @Override
        public void close() {
            // The server is shared by the JVM's tests and stops when the JVM exits.
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
