package org.salespipeline.store;

import static org.salespipeline.store.Schema.DEAL;
import static org.salespipeline.store.Schema.ENTERED_AT;
import static org.salespipeline.store.Schema.ISSUE_ID;
import static org.salespipeline.store.Schema.OCCURRED_AT;
import static org.salespipeline.store.Schema.OUTCOME;
import static org.salespipeline.store.Schema.OUTCOME_AT;
import static org.salespipeline.store.Schema.PROJECT_KEY;
import static org.salespipeline.store.Schema.STAGE_KEY;
import static org.salespipeline.store.Schema.STATUS_ID;
import static org.salespipeline.store.Schema.STAY;
import static org.salespipeline.store.Schema.TRANSITION;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.salespipeline.forecast.Calibration;
import org.salespipeline.forecast.StageCalibration;
import org.salespipeline.forecast.WinProbabilities;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRef;

/**
 * Win probabilities as database aggregates: each deal's first entry into a stage is the earliest of its stays there,
 * and its outcome as of T is its state row's outcome when that came before T; only for deals whose outcome came later
 * are their outcome changes before T read from the stage log. Per stage: one count, one read of the row at M's rank
 * (with the count again, so that the rank fits what was counted) and one count of the matured cohort.
 */
public class SqlWinProbabilities implements WinProbabilities {

    /** Reads that found a different count than the one M's rank was chosen for, before giving up. */
    private static final int ATTEMPTS = 5;

    private final SqlReader sql;

    public SqlWinProbabilities(SqlReader sql) {
        this.sql = sql;
    }

    @Override
    public List<StageCalibration> calibration(Pipeline pipeline, Instant at, int lookbackDays) {
        if (!Calibration.validLookback(lookbackDays)) {
            throw new IllegalArgumentException("The lookback must be 1 to " + Calibration.MAX_LOOKBACK_DAYS
                    + " days, was " + lookbackDays);
        }
        return sql.read(session -> {
            Map<String, StageRef> mapping = SqlFlow.mapping(session, pipeline);
            List<String> lost = statusesOf(mapping, Outcome.LOST);
            List<String> disqualified = statusesOf(mapping, Outcome.DISQUALIFIED);
            List<StageCalibration> stages = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                Entries entries = new Entries(pipeline.projectKey(), stage.key(), SqlFlow.before(at), lost, disqualified);
                long maturity = maturity(session, entries);
                Window cohort = Calibration.cohort(at, lookbackDays, maturity);
                int[] counts = new Sql("SELECT COUNT(*), COUNT(p.WON_AT)").append(entries.closed())
                        .append("AND p.FIRST_AT >= ? AND p.FIRST_AT < ?", SqlFlow.before(cohort.from()),
                                SqlFlow.before(cohort.to()))
                        .query(session, rows -> rows.next() ? new int[] {rows.getInt(1), rows.getInt(2)} : new int[2]);
                stages.add(Calibration.stage(stage.key(), stage.probability(), counts[0], counts[1], maturity));
            }
            return stages;
        });
    }

    /** M in milliseconds: the duration at its rank among the closed entries, read with their count. */
    private static long maturity(SqlSession session, Entries entries) throws SQLException {
        int count = new Sql("SELECT COUNT(*)").append(entries.closed())
                .query(session, rows -> rows.next() ? rows.getInt(1) : 0);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (count == 0) {
                return 0;
            }
            int rank = Calibration.maturityRank(count);
            long[] read = new Sql("SELECT c.N, m.D FROM (SELECT COUNT(*) AS N").append(entries.closed())
                    .append(") c LEFT JOIN (SELECT p.CLOSED_AT - p.FIRST_AT AS D").append(entries.closed())
                    .append("ORDER BY p.CLOSED_AT - p.FIRST_AT").page(rank - 1, 1).append(") m ON 1 = 1")
                    .query(session, rows -> {
                        if (!rows.next()) {
                            return new long[] {0, 0, 0};
                        }
                        long counted = rows.getLong(1);
                        long duration = rows.getLong(2);
                        return new long[] {counted, duration, rows.wasNull() ? 0 : 1};
                    });
            if (read[0] == count && read[2] == 1) {
                return Calibration.maturityMillis(read[1]);
            }
            count = (int) read[0];
        }
        throw new StoreException("The deals of a win probability kept changing while they were read", null);
    }

    private static List<String> statusesOf(Map<String, StageRef> mapping, Outcome outcome) {
        return mapping.entrySet().stream().filter(e -> e.getValue().is(outcome)).map(Map.Entry::getKey).toList();
    }

    /**
     * The deals that first entered one stage before T, each with that first entry (FIRST_AT), its outcome's instant as
     * of T (CLOSED_AT, null without one) and, when that outcome is won, its instant again (WON_AT).
     */
    private record Entries(String projectKey, String stageKey, long before, List<String> lost, List<String> disqualified) {

        /** FROM the entries WHERE they closed before T; more conditions may follow with AND. */
        Sql closed() {
            return new Sql("FROM (SELECT f.FIRST_AT, CASE WHEN d." + OUTCOME_AT + " IS NULL THEN NULL WHEN d." + OUTCOME_AT
                    + " < ? THEN d." + OUTCOME_AT + " ELSE COALESCE(", before)
                    .append(firstBefore(lost)).append(", ").append(firstBefore(disqualified))
                    .append(") END AS CLOSED_AT, CASE WHEN d." + OUTCOME + " = '" + Outcome.WON.name() + "' AND d."
                            + OUTCOME_AT + " < ? THEN d." + OUTCOME_AT + " END AS WON_AT", before)
                    .append("FROM (SELECT s." + ISSUE_ID + " AS ENTRY_ISSUE, MIN(s." + ENTERED_AT + ") AS FIRST_AT FROM " + STAY
                            + " s WHERE s." + PROJECT_KEY + " = ? AND s." + STAGE_KEY + " = ? AND s." + ENTERED_AT
                            + " < ? GROUP BY s." + ISSUE_ID + ") f", projectKey, stageKey, before)
                    .append("JOIN " + DEAL + " d ON d." + ISSUE_ID + " = f.ENTRY_ISSUE) p WHERE p.CLOSED_AT IS NOT NULL");
        }

        /**
         * The deal's first change before T into one of the statuses: its outcome as of T when its outcome overall came
         * at or after T (no earlier won, so lost before T, else disqualified before T).
         */
        private Sql firstBefore(List<String> statuses) {
            if (statuses.isEmpty()) {
                return new Sql("(SELECT MIN(t." + OCCURRED_AT + ") FROM " + TRANSITION + " t WHERE 1 = 0)");
            }
            Object[] values = new Object[statuses.size() + 1];
            values[0] = before;
            for (int i = 0; i < statuses.size(); i++) {
                values[i + 1] = statuses.get(i);
            }
            return new Sql("(SELECT MIN(t." + OCCURRED_AT + ") FROM " + TRANSITION + " t WHERE t." + ISSUE_ID + " = d."
                    + ISSUE_ID + " AND t." + OCCURRED_AT + " < ? AND t." + STATUS_ID + " IN ("
                    + String.join(", ", Collections.nCopies(statuses.size(), "?")) + "))", values);
        }
    }
}
