package org.salespipeline.store;

import static org.salespipeline.store.Schema.AMOUNT;
import static org.salespipeline.store.Schema.CLOSE_DAY;
import static org.salespipeline.store.Schema.DEAL;
import static org.salespipeline.store.Schema.ENDED_AT;
import static org.salespipeline.store.Schema.ENTERED_AT;
import static org.salespipeline.store.Schema.FIELD;
import static org.salespipeline.store.Schema.FIELD_CHANGE;
import static org.salespipeline.store.Schema.FROM_VALUE;
import static org.salespipeline.store.Schema.ID;
import static org.salespipeline.store.Schema.ISSUE_ID;
import static org.salespipeline.store.Schema.ISSUE_KEY;
import static org.salespipeline.store.Schema.ISSUE_NUMBER;
import static org.salespipeline.store.Schema.OCCURRED_AT;
import static org.salespipeline.store.Schema.OUTCOME;
import static org.salespipeline.store.Schema.OWNER;
import static org.salespipeline.store.Schema.PIPELINE;
import static org.salespipeline.store.Schema.PIPELINE_ID;
import static org.salespipeline.store.Schema.PROJECT_KEY;
import static org.salespipeline.store.Schema.SEQ;
import static org.salespipeline.store.Schema.STAGE_KEY;
import static org.salespipeline.store.Schema.STATUS_ID;
import static org.salespipeline.store.Schema.STATUS_MAP;
import static org.salespipeline.store.Schema.STAY;
import static org.salespipeline.store.Schema.SUMMARY;
import static org.salespipeline.store.Schema.TO_VALUE;
import static org.salespipeline.store.Schema.TRANSITION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salespipeline.history.DealField;
import org.salespipeline.metrics.CloseWindow;
import org.salespipeline.metrics.FlowDeal;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.StageRef;

/**
 * Where each deal of a project stood just before the two ends of a period, read in one statement: its last mapped
 * status before each end from the transitions, and its amount and close date before each end from the field history
 * (the last change before the end, else the value the deal was created with, else today's value). Each deal is then
 * placed in its movement as the definitions say ({@link FlowDeal#of}).
 */
final class SqlFlow {

    /** Stands for an empty value in a field change, so that "no change" (null) and "changed to empty" differ. */
    private static final String EMPTY = "-";

    private SqlFlow() {
    }

    /** The deals in the pipeline before the period's start or before its end, ordered by project and number. */
    static List<FlowDeal> deals(SqlSession session, Pipeline pipeline, Window period, CloseWindow window, String owner)
            throws SQLException {
        Map<String, StageRef> mapping = mapping(session, pipeline);
        if (mapping.isEmpty()) {
            return List.of();
        }
        long from = before(period.from());
        long to = before(period.to());
        List<String> statuses = List.copyOf(mapping.keySet());
        Sql sql = new Sql("SELECT d." + ISSUE_KEY + ", d." + SUMMARY + ", d." + OWNER + ", d." + AMOUNT + ", d." + CLOSE_DAY)
                .append(", ").append(lastStatus(from, statuses)).append(", ").append(lastStatus(to, statuses));
        for (DealField field : DealField.values()) {
            // The first change's old value is read only for a deal whose field had not changed before the end.
            sql.append(", COALESCE(").append(lastValue(field, from)).append(", ").append(firstValue(field)).append(")")
                    .append(", COALESCE(").append(lastValue(field, to)).append(", ").append(firstValue(field)).append(")");
        }
        sql.append("FROM " + DEAL + " d WHERE d." + PROJECT_KEY + " = ?", pipeline.projectKey()).ownedBy(owner)
                // Only a deal with a stay in an open stage that began before the end and had not ended before the
                // start can be in the pipeline before either end; the others are not read at all.
                .append("AND d." + ISSUE_ID + " IN (SELECT s." + ISSUE_ID + " FROM " + STAY + " s WHERE s." + ENTERED_AT
                        + " < ? AND (s." + ENDED_AT + " IS NULL OR s." + ENDED_AT + " >= ?))", to, from)
                .append("ORDER BY d." + PROJECT_KEY + ", d." + ISSUE_NUMBER);
        return sql.query(session, rows -> {
            List<FlowDeal> deals = new ArrayList<>();
            while (rows.next()) {
                Double amount = Sql.nullableDouble(rows, 4);
                long closeDay = rows.getLong(5);
                LocalDate closeDate = rows.wasNull() ? null : LocalDate.ofEpochDay(closeDay);
                String amountNow = DealField.amount(amount);
                String closeNow = DealField.closeDate(closeDate);
                FlowDeal.of(rows.getString(1), rows.getString(2), rows.getString(3),
                        mapping.get(rows.getString(6)), mapping.get(rows.getString(7)),
                        DealField.amount(valueBefore(rows, 8, amountNow)),
                        DealField.amount(valueBefore(rows, 9, amountNow)),
                        DealField.closeDate(valueBefore(rows, 10, closeNow)),
                        DealField.closeDate(valueBefore(rows, 11, closeNow)), window)
                        .ifPresent(deals::add);
            }
            return deals;
        });
    }

    /**
     * The first millisecond not before the instant: a change kept at millisecond m lies before the instant exactly
     * when m is less than this.
     */
    static long before(Instant t) {
        return t.toEpochMilli() + (t.getNano() % 1_000_000 == 0 ? 0 : 1);
    }

    /** The pipeline's mapped statuses whose target it has (changes into any other status are ignored). */
    static Map<String, StageRef> mapping(SqlSession session, Pipeline pipeline) throws SQLException {
        return new Sql("SELECT m." + STATUS_ID + ", m." + STAGE_KEY + ", m." + OUTCOME + " FROM " + STATUS_MAP + " m JOIN "
                + PIPELINE + " p ON p." + ID + " = m." + PIPELINE_ID + " WHERE p." + PROJECT_KEY + " = ?", pipeline.projectKey())
                .query(session, rows -> {
                    Map<String, StageRef> targets = new LinkedHashMap<>();
                    while (rows.next()) {
                        String stageKey = rows.getString(2);
                        if (stageKey != null && pipeline.stage(stageKey).isPresent()) {
                            targets.put(rows.getString(1), StageRef.stage(stageKey));
                        } else if (stageKey == null && rows.getString(3) != null) {
                            targets.put(rows.getString(1), StageRef.outcome(Outcome.valueOf(rows.getString(3))));
                        }
                    }
                    return targets;
                });
    }

    /** The deal's last mapped status logged before the millisecond, in the order the stage log derives it. */
    private static Sql lastStatus(long before, List<String> statuses) {
        return new Sql("(SELECT t." + STATUS_ID + " FROM " + TRANSITION + " t WHERE t." + ISSUE_ID + " = d." + ISSUE_ID
                + " AND t." + OCCURRED_AT + " < ? AND t." + STATUS_ID + " IN ("
                + String.join(", ", Collections.nCopies(statuses.size(), "?")) + ")", prepend(before, statuses))
                .append("ORDER BY t." + OCCURRED_AT + " DESC, t." + SEQ + " DESC, t." + ID + " DESC").page(0, 1).append(")");
    }

    /** The value the field's last change before the millisecond set ({@link #EMPTY} for empty); null without one. */
    private static Sql lastValue(DealField field, long before) {
        return new Sql("(SELECT COALESCE(f." + TO_VALUE + ", '" + EMPTY + "') FROM " + FIELD_CHANGE + " f WHERE f." + ISSUE_ID
                + " = d." + ISSUE_ID + " AND f." + FIELD + " = '" + field.name() + "' AND f." + OCCURRED_AT + " < ?", before)
                .append("ORDER BY f." + OCCURRED_AT + " DESC, f." + SEQ + " DESC, f." + ID + " DESC").page(0, 1).append(")");
    }

    /** The value the field held before its first change ({@link #EMPTY} for empty); null when it never changed. */
    private static Sql firstValue(DealField field) {
        return new Sql("(SELECT COALESCE(f." + FROM_VALUE + ", '" + EMPTY + "') FROM " + FIELD_CHANGE + " f WHERE f."
                + ISSUE_ID + " = d." + ISSUE_ID + " AND f." + FIELD + " = '" + field.name() + "'")
                .append("ORDER BY f." + OCCURRED_AT + ", f." + SEQ + ", f." + ID).page(0, 1).append(")");
    }

    /** The field's value before an end, from its last change before it, else its first change's old value, else now. */
    private static String valueBefore(ResultSet rows, int column, String now) throws SQLException {
        String kept = rows.getString(column);
        if (kept == null) {
            return now;
        }
        return EMPTY.equals(kept) ? null : kept;
    }

    private static Object[] prepend(long first, List<String> rest) {
        Object[] values = new Object[rest.size() + 1];
        values[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            values[i + 1] = rest.get(i);
        }
        return values;
    }
}
