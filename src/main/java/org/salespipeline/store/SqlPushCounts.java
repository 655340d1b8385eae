package org.salespipeline.store;

import static org.salespipeline.store.Schema.DEAL;
import static org.salespipeline.store.Schema.FIELD;
import static org.salespipeline.store.Schema.FIELD_CHANGE;
import static org.salespipeline.store.Schema.FROM_VALUE;
import static org.salespipeline.store.Schema.ISSUE_ID;
import static org.salespipeline.store.Schema.ISSUE_KEY;
import static org.salespipeline.store.Schema.OCCURRED_AT;
import static org.salespipeline.store.Schema.PROJECT_KEY;
import static org.salespipeline.store.Schema.TO_VALUE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.salespipeline.history.DealField;
import org.salespipeline.history.FieldChange;

/**
 * Push counts from the field history: the close-date changes from one date to another are read, and whether each moved
 * the date later is decided by {@link FieldChange#isPush}, as the reference decides it, not by the database's
 * collation.
 */
final class SqlPushCounts {

    private static final String DATE_TO_DATE = " f." + FIELD + " = '" + DealField.CLOSE_DATE.name() + "' AND f."
            + FROM_VALUE + " IS NOT NULL AND f." + TO_VALUE + " IS NOT NULL";

    private SqlPushCounts() {
    }

    /** Each deal's push count in [from, to), by issue key, for the project's deals of the owner (null for all). */
    static Map<String, Integer> inPeriod(SqlSession session, String projectKey, Instant from, Instant to, String owner)
            throws SQLException {
        Sql sql = new Sql("SELECT d." + ISSUE_KEY + ", f." + FROM_VALUE + ", f." + TO_VALUE + " FROM " + FIELD_CHANGE
                + " f JOIN " + DEAL + " d ON d." + ISSUE_ID + " = f." + ISSUE_ID + " WHERE d." + PROJECT_KEY + " = ?",
                projectKey)
                .append("AND" + DATE_TO_DATE + " AND f." + OCCURRED_AT + " >= ? AND f." + OCCURRED_AT + " < ?",
                        SqlFlow.before(from), SqlFlow.before(to))
                .ownedBy(owner);
        return count(session, sql, rows -> rows.getString(1));
    }

    /** Each deal's push count of all time, by issue id, for the deals given. */
    static Map<Long, Integer> allTime(SqlSession session, Collection<Long> issueIds) throws SQLException {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        Sql sql = new Sql("SELECT f." + ISSUE_ID + ", f." + FROM_VALUE + ", f." + TO_VALUE + " FROM " + FIELD_CHANGE
                + " f WHERE f." + ISSUE_ID + " IN (" + String.join(", ", Collections.nCopies(issueIds.size(), "?")) + ")",
                issueIds.toArray())
                .append("AND" + DATE_TO_DATE);
        return count(session, sql, rows -> rows.getLong(1));
    }

    /** Reads the deal a row's change belongs to from its first column. */
    private interface DealColumn<K> {
        K read(ResultSet rows) throws SQLException;
    }

    private static <K> Map<K, Integer> count(SqlSession session, Sql sql, DealColumn<K> deal) throws SQLException {
        return sql.query(session, rows -> {
            Map<K, Integer> counts = new HashMap<>();
            Instant any = Instant.EPOCH;
            while (rows.next()) {
                FieldChange change = new FieldChange(any, DealField.CLOSE_DATE, rows.getString(2), rows.getString(3));
                if (change.isPush()) {
                    counts.merge(deal.read(rows), 1, Integer::sum);
                }
            }
            return counts;
        });
    }
}
