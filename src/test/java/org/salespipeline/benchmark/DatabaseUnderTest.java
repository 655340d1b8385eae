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
        return name.equals("postgres") ? new Postgres(work.resolve("postgres")) : new Hsqldb(work.resolve("hsqldb"));
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
