package org.salespipeline.store;

import static org.salespipeline.store.Schema.DEAL;
import static org.salespipeline.store.Schema.DURATION_MS;
import static org.salespipeline.store.Schema.ENDED_AT;
import static org.salespipeline.store.Schema.ISSUE_ID;
import static org.salespipeline.store.Schema.PROJECT_KEY;
import static org.salespipeline.store.Schema.STAGE_KEY;
import static org.salespipeline.store.Schema.STAY;
import static org.salespipeline.store.SqlDealMetrics.MS_PER_DAY;
import static org.salespipeline.store.SqlDealMetrics.millis;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salespipeline.metrics.PipelineSummary;
import org.salespipeline.metrics.StageTime;
import org.salespipeline.metrics.StageValue;
import org.salespipeline.metrics.TimeInStage;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/** The metrics that count deals by stage: open deals at an instant, and time in stage over stays. */
final class SqlStayMetrics {

    private static final String STAY_JOIN = " FROM " + STAY + " s JOIN " + DEAL + " d ON d." + ISSUE_ID + " = s." + ISSUE_ID;

    private SqlStayMetrics() {
    }

    static PipelineSummary summary(SqlSession session, Pipeline pipeline, Instant at, String owner) throws SQLException {
        Map<String, double[]> byStage = new HashMap<>();
        SqlOpenDeals.select("o.STAGE_KEY, COUNT(*), SUM(o.AMOUNT)", pipeline, at, owner, SqlOpenDeals.Column.AMOUNT)
                .append("GROUP BY o.STAGE_KEY")
                .query(session, rows -> {
                    while (rows.next()) {
                        byStage.put(rows.getString(1), new double[] {rows.getInt(2), rows.getDouble(3)});
                    }
                    return null;
                });
        List<StageValue> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            double[] figures = byStage.getOrDefault(stage.key(), new double[2]);
            stages.add(new StageValue(stage.key(), (int) figures[0], figures[1], figures[1] * stage.probability() / 100));
        }
        return new PipelineSummary(stages, stages.stream().mapToInt(StageValue::deals).sum(),
                stages.stream().mapToDouble(StageValue::value).sum(),
                stages.stream().mapToDouble(StageValue::weightedValue).sum());
    }

    static TimeInStage timeInStage(SqlSession session, Pipeline pipeline, Window window, String owner)
            throws SQLException {
        // A window that every ended stay of the project falls in excludes nothing: the stays are then read without
        // it, so that each stage's median is read straight off its stays in order of duration.
        boolean whole = owner == null && endsWithin(pipeline, window, null).query(session, rows -> rows.next()
                && rows.getInt(1) == 1);
        Map<String, Integer> byStage = new HashMap<>();
        (whole ? ended("SELECT s." + STAGE_KEY + ", COUNT(*)", pipeline) : endedIn("SELECT s." + STAGE_KEY + ", COUNT(*)",
                pipeline, window, owner))
                .append("GROUP BY s." + STAGE_KEY)
                .query(session, rows -> {
                    while (rows.next()) {
                        byStage.put(rows.getString(1), rows.getInt(2));
                    }
                    return null;
                });
        List<StageTime> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            int expected = byStage.getOrDefault(stage.key(), 0);
            Medians.Middle middle = null;
            if (whole) {
                // The statement checks again that the window excludes none of the stage's stays, else asks with it.
                Sql stays = ended("", pipeline).append("AND s." + STAGE_KEY + " = ?", stage.key());
                middle = Medians.middle(session, "s." + DURATION_MS, stays, expected, endsWithin(pipeline, window, stage));
            }
            if (middle == null || !middle.held()) {
                Sql stays = endedIn("", pipeline, window, owner).append("AND s." + STAGE_KEY + " = ?", stage.key());
                // Count, total and median of a stage from one statement: a stay recorded meanwhile changes all three.
                middle = Medians.middle(session, "s." + DURATION_MS, stays, expected);
            }
            int count = middle.count();
            stages.add(new StageTime(stage.key(), count, count == 0 ? null : middle.sum() / MS_PER_DAY / count,
                    middle.median() == null ? null : middle.median() / MS_PER_DAY));
        }
        return new TimeInStage(stages);
    }

    /** Every ended stay of the project, whenever it ended. */
    private static Sql ended(String select, Pipeline pipeline) {
        return new Sql(select + " FROM " + STAY + " s WHERE s." + PROJECT_KEY + " = ?", pipeline.projectKey())
                .append("AND s." + ENDED_AT + " IS NOT NULL");
    }

    /**
     * One row, one column {@code G}: 1 when every ended stay of the project (of one stage, when given) ended in the
     * window, else 0. Two reads of an index each: the first and the last end.
     */
    private static Sql endsWithin(Pipeline pipeline, Window window, Stage stage) {
        Sql sql = new Sql("SELECT CASE WHEN MIN(x." + ENDED_AT + ") IS NULL OR MIN(x." + ENDED_AT + ") >= ? AND MAX(x."
                + ENDED_AT + ") < ? THEN 1 ELSE 0 END AS G FROM " + STAY + " x WHERE x." + PROJECT_KEY + " = ?",
                millis(window.from()), millis(window.to()), pipeline.projectKey());
        return stage == null ? sql : sql.append("AND x." + STAGE_KEY + " = ?", stage.key());
    }

    private static Sql endedIn(String select, Pipeline pipeline, Window window, String owner) {
        Sql sql = new Sql(select + (owner == null ? " FROM " + STAY + " s" : STAY_JOIN)
                + " WHERE s." + PROJECT_KEY + " = ?", pipeline.projectKey())
                .append("AND s." + ENDED_AT + " >= ? AND s." + ENDED_AT + " < ?", millis(window.from()), millis(window.to()));
        return sql.ownedBy(owner);
    }
}
