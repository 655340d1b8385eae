package org.salespipeline.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Embedded PostgreSQL with the app's tables in a schema of their own that is not on the connection's search
 * path, as in a Jira whose database keeps its tables outside {@code public}: every name the store writes must
 * carry the schema, or the statement finds no table.
 */
public final class PostgresOwnSchemaJdbc extends EmbeddedPostgresJdbc {

    /** The schema Jira would be configured with; the connection's search path stays {@code public}. */
    public static final String SCHEMA = "jira_sales";

    private static final String DATABASE = "own_schema";
    private static boolean created;

    @Override
    public String getUrl() {
        init();
        return EmbeddedPostgresJdbc.server().getJdbcUrl("postgres", DATABASE);
    }

    @Override
    public String getSchema() {
        return SCHEMA;
    }

    @Override
    public synchronized void init() {
        if (created) {
            return;
        }
        try (Connection admin = EmbeddedPostgresJdbc.server().getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE + ": " + e.getMessage(), e);
        }
        try (Connection connection = EmbeddedPostgresJdbc.server().getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the schema " + SCHEMA + ": " + e.getMessage(), e);
        }
        created = true;
    }
}
