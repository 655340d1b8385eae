package org.salespipeline.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.store.AoNaming;

/**
 * The naive way to the metrics: one streaming read of every logged transition of a project, with its deal's
 * facts, turned into deal records one deal at a time for the in-memory reference.
 */
final class StreamingDeals {

    private static final int FETCH_SIZE = 5_000;
    private static final String QUERY = "SELECT d.\"ISSUE_ID\", d.\"ISSUE_KEY\", d.\"SUMMARY\", d.\"CREATED_AT\", d.\"AMOUNT\","
            + " d.\"OWNER\", d.\"CLOSE_DAY\", t.\"OCCURRED_AT\", t.\"STATUS_ID\", t.\"REASON\""
            + " FROM " + quoted("TRANSITION") + " t JOIN " + quoted("DEAL") + " d ON d.\"ISSUE_ID\" = t.\"ISSUE_ID\""
            + " WHERE d.\"PROJECT_KEY\" = ? ORDER BY t.\"ISSUE_ID\", t.\"OCCURRED_AT\", t.\"SEQ\", t.\"ID\"";

    private StreamingDeals() {
    }

    /** A fresh stream per call; closing it closes its connection. */
    static Stream<DealRecord> of(DataSource dataSource, String projectKey) {
        try {
            Connection connection = dataSource.getConnection();
            // PostgreSQL streams with a cursor only outside autocommit.
            connection.setAutoCommit(false);
            boolean mysql = connection.getMetaData().getURL().startsWith("jdbc:mysql:");
            // MySQL's driver quotes names with backticks, and streams row by row only at this fetch size.
            PreparedStatement statement = connection.prepareStatement(
                    QUERY.replace("\"", connection.getMetaData().getIdentifierQuoteString().trim()),
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(mysql ? Integer.MIN_VALUE : FETCH_SIZE);
            statement.setString(1, projectKey);
            ResultSet rows = statement.executeQuery();
            return StreamSupport.stream(new Deals(rows), false).onClose(() -> close(statement, connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the transitions failed: " + e.getMessage(), e);
        }
    }

    private static void close(PreparedStatement statement, Connection connection) {
        try (connection) {
            statement.close();
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String table) {
        return '"' + AoNaming.table(table) + '"';
    }

    /** Groups consecutive rows of one issue into one deal record. */
    private static final class Deals extends Spliterators.AbstractSpliterator<DealRecord> {

        private final ResultSet rows;
        private boolean onRow;

        Deals(ResultSet rows) throws SQLException {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.rows = rows;
            this.onRow = rows.next();
        }

        @Override
        public boolean tryAdvance(Consumer<? super DealRecord> action) {
            try {
                if (!onRow) {
                    return false;
                }
                long issueId = rows.getLong(1);
                String key = rows.getString(2);
                String summary = rows.getString(3);
                Instant created = Instant.ofEpochMilli(rows.getLong(4));
                double amount = rows.getDouble(5);
                Double amountOrNull = rows.wasNull() ? null : amount;
                String owner = rows.getString(6);
                long closeDay = rows.getLong(7);
                LocalDate close = rows.wasNull() ? null : LocalDate.ofEpochDay(closeDay);
                List<StatusChange> changes = new ArrayList<>();
                while (onRow && rows.getLong(1) == issueId) {
                    changes.add(new StatusChange(Instant.ofEpochMilli(rows.getLong(8)), rows.getString(9), rows.getString(10)));
                    onRow = rows.next();
                }
                action.accept(new DealRecord(key, summary, created, amountOrNull, owner, close, changes));
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the transitions failed: " + e.getMessage(), e);
            }
        }
    }
}
