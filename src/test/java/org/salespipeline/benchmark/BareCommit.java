package org.salespipeline.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The floor under recording one change: a one-row update committed through the same pool, as durably as the
 * database commits anything. Recording a change runs inside a Jira transition, so what it adds to this is what
 * a user waits for.
 */
final class BareCommit implements AutoCloseable {

    private static final String TABLE = "BENCHMARK_BARE_COMMIT";

    private final DataSource dataSource;

    private BareCommit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the one-row table it updates. */
    static BareCommit prepare(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE + " (ID INTEGER NOT NULL PRIMARY KEY, N BIGINT NOT NULL)");
            statement.execute("INSERT INTO " + TABLE + " (ID, N) VALUES (1, 0)");
        }
        return new BareCommit(dataSource);
    }

    /** One update of the row in its own transaction, committed; the nanoseconds it took. */
    long time() throws SQLException {
        long before = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET N = N + 1 WHERE ID = 1")) {
                update.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return System.nanoTime() - before;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + TABLE);
        }
    }
}
