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
import org.salespipeline.history.DealField;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.store.AoNaming;

/**
 * The naive way to the metrics: one streaming read of every logged transition of a project, with its deal's
 * facts, and beside it one of every logged field change, turned into deal records one deal at a time for the
 * in-memory reference.
 */
final class StreamingDeals {

    private static final int FETCH_SIZE = 5_000;
    private static final String QUERY = "SELECT d.\"ISSUE_ID\", d.\"ISSUE_KEY\", d.\"SUMMARY\", d.\"CREATED_AT\", d.\"AMOUNT\","
            + " d.\"OWNER\", d.\"CLOSE_DAY\", t.\"OCCURRED_AT\", t.\"STATUS_ID\", t.\"REASON\""
            + " FROM " + quoted("TRANSITION") + " t JOIN " + quoted("DEAL") + " d ON d.\"ISSUE_ID\" = t.\"ISSUE_ID\""
            + " WHERE d.\"PROJECT_KEY\" = ? ORDER BY t.\"ISSUE_ID\", t.\"OCCURRED_AT\", t.\"SEQ\", t.\"ID\"";
    private static final String FIELD_QUERY = "SELECT f.\"ISSUE_ID\", f.\"OCCURRED_AT\", f.\"FIELD\", f.\"FROM_VALUE\","
            + " f.\"TO_VALUE\" FROM " + quoted("FIELD_CHANGE") + " f JOIN " + quoted("DEAL") + " d ON d.\"ISSUE_ID\" = f.\"ISSUE_ID\""
            + " WHERE d.\"PROJECT_KEY\" = ? ORDER BY f.\"ISSUE_ID\", f.\"OCCURRED_AT\", f.\"SEQ\", f.\"ID\"";

    private StreamingDeals() {
    }

    /** A fresh stream per call; closing it closes its connections. */
    static Stream<DealRecord> of(DataSource dataSource, String projectKey) {
        // Two connections: MySQL's driver streams one result set per connection at a time.
        Cursor transitions = Cursor.open(dataSource, QUERY, projectKey);
        Cursor fields = Cursor.open(dataSource, FIELD_QUERY, projectKey);
        try {
            return StreamSupport.stream(new Deals(transitions.rows, fields.rows), false).onClose(() -> {
                try (fields) {
                    transitions.close();
                }
            });
        } catch (SQLException e) {
            fields.close();
            transitions.close();
            throw new IllegalStateException("Reading the transitions failed: " + e.getMessage(), e);
        }
    }

    /** One streaming read on a connection of its own. */
    private record Cursor(Connection connection, PreparedStatement statement, ResultSet rows) implements AutoCloseable {

        static Cursor open(DataSource dataSource, String query, String projectKey) {
            try {
                Connection connection = dataSource.getConnection();
                // PostgreSQL streams with a cursor only outside autocommit.
                connection.setAutoCommit(false);
                boolean mysql = connection.getMetaData().getURL().startsWith("jdbc:mysql:");
                // MySQL's driver quotes names with backticks, and streams row by row only at this fetch size.
                PreparedStatement statement = connection.prepareStatement(
                        query.replace("\"", connection.getMetaData().getIdentifierQuoteString().trim()),
                        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(mysql ? Integer.MIN_VALUE : FETCH_SIZE);
                statement.setString(1, projectKey);
                return new Cursor(connection, statement, statement.executeQuery());
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the transitions failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try (connection) {
                statement.close();
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String quoted(String table) {
        return '"' + AoNaming.table(table) + '"';
    }

    /** Groups consecutive rows of one issue into one deal record. */
    private static final class Deals extends Spliterators.AbstractSpliterator<DealRecord> {

        private final ResultSet rows;
        private final ResultSet fields;
        private boolean onRow;
        private boolean onField;

        Deals(ResultSet rows, ResultSet fields) throws SQLException {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.rows = rows;
            this.fields = fields;
            this.onRow = rows.next();
            this.onField = fields.next();
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
                // Both reads are in issue order: skip the field changes of deals without transitions, take this one's.
                while (onField && fields.getLong(1) < issueId) {
                    onField = fields.next();
                }
                List<FieldChange> fieldChanges = new ArrayList<>();
                while (onField && fields.getLong(1) == issueId) {
                    fieldChanges.add(new FieldChange(Instant.ofEpochMilli(fields.getLong(2)), DealField.valueOf(fields.getString(3)),
                            fields.getString(4), fields.getString(5)));
                    onField = fields.next();
                }
                action.accept(new DealRecord(key, summary, created, amountOrNull, owner, close, changes, fieldChanges));
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the transitions failed: " + e.getMessage(), e);
            }
        }
    }
}
