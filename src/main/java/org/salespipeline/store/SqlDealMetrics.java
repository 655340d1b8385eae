package org.salespipeline.store;

import static org.salespipeline.store.Schema.AMOUNT;
import static org.salespipeline.store.Schema.CREATED_AT;
import static org.salespipeline.store.Schema.DEAL;
import static org.salespipeline.store.Schema.FURTHEST;
import static org.salespipeline.store.Schema.OUTCOME;
import static org.salespipeline.store.Schema.OUTCOME_AT;
import static org.salespipeline.store.Schema.OUTCOME_REASON;
import static org.salespipeline.store.Schema.PROJECT_KEY;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.salespipeline.metrics.ClosedDeals;
import org.salespipeline.metrics.FunnelReport;
import org.salespipeline.metrics.FunnelStep;
import org.salespipeline.metrics.OutcomeReport;
import org.salespipeline.metrics.ReasonCount;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.StageRef;

/** The metrics that aggregate the deal state rows alone: funnel, closed deals and outcomes. */
final class SqlDealMetrics {

    static final double MS_PER_DAY = 86_400_000.0;

    private SqlDealMetrics() {
    }

    static FunnelReport funnel(SqlSession session, Pipeline pipeline, Window window, String owner) throws SQLException {
        int[] atPosition = new int[pipeline.wonPosition() + 2];
        cohort("SELECT d." + FURTHEST + ", COUNT(*)", pipeline, window, owner)
                .append("GROUP BY d." + FURTHEST)
                .query(session, rows -> {
                    while (rows.next()) {
                        atPosition[Math.min(rows.getInt(1), pipeline.wonPosition())] += rows.getInt(2);
                    }
                    return null;
                });
        int[] reached = new int[atPosition.length];
        for (int position = pipeline.wonPosition(); position >= 0; position--) {
            reached[position] = atPosition[position] + reached[position + 1];
        }
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 1; i <= pipeline.size(); i++) {
            steps.add(new FunnelStep(StageRef.stage(pipeline.stages().get(i - 1).key()), reached[i],
                    reached[i] == 0 ? null : (double) reached[i + 1] / reached[i]));
        }
        steps.add(new FunnelStep(StageRef.outcome(Outcome.WON), reached[pipeline.wonPosition()], null));
        return new FunnelReport(reached[0], steps);
    }

    static ClosedDeals closed(SqlSession session, Pipeline pipeline, Window window, String owner) throws SQLException {
        return outcomeWindow("SELECT d." + OUTCOME + ", COUNT(*), SUM(d." + AMOUNT + "), COUNT(d." + AMOUNT + "), SUM(d."
                + OUTCOME_AT + " - d." + CREATED_AT + ")", pipeline, window, owner)
                .append("AND d." + OUTCOME + " IN (?, ?)", Outcome.WON.name(), Outcome.LOST.name())
                .append("GROUP BY d." + OUTCOME)
                .query(session, rows -> {
                    int won = 0;
                    int lost = 0;
                    Double averageDealSize = null;
                    Double cycle = null;
                    while (rows.next()) {
                        if (Outcome.WON.name().equals(rows.getString(1))) {
                            won = rows.getInt(2);
                            averageDealSize = rows.getInt(4) == 0 ? null : rows.getDouble(3) / rows.getInt(4);
                            cycle = rows.getDouble(5) / won / MS_PER_DAY;
                        } else {
                            lost = rows.getInt(2);
                        }
                    }
                    return new ClosedDeals(won, lost, won + lost == 0 ? null : (double) won / (won + lost),
                            averageDealSize, cycle);
                });
    }

    static OutcomeReport outcomes(SqlSession session, Pipeline pipeline, Window window, String owner) throws SQLException {
        int[] counts = new int[Outcome.values().length];
        List<ReasonCount> lost = new ArrayList<>();
        List<ReasonCount> disqualified = new ArrayList<>();
        outcomeWindow("SELECT d." + OUTCOME + ", d." + OUTCOME_REASON + ", COUNT(*)", pipeline, window, owner)
                .append("GROUP BY d." + OUTCOME + ", d." + OUTCOME_REASON)
                .query(session, rows -> {
                    while (rows.next()) {
                        Outcome outcome = Outcome.valueOf(rows.getString(1));
                        ReasonCount reason = new ReasonCount(rows.getString(2), rows.getInt(3));
                        counts[outcome.ordinal()] += reason.count();
                        if (outcome == Outcome.LOST) {
                            lost.add(reason);
                        } else if (outcome == Outcome.DISQUALIFIED) {
                            disqualified.add(reason);
                        }
                    }
                    return null;
                });
        Sql disqualifiedDeals = outcomeWindow("", pipeline, window, owner)
                .append("AND d." + OUTCOME + " = ?", Outcome.DISQUALIFIED.name());
        Double median = Medians.middle(session, "d." + OUTCOME_AT + " - d." + CREATED_AT, disqualifiedDeals,
                counts[Outcome.DISQUALIFIED.ordinal()]).median();
        return new OutcomeReport(counts[Outcome.WON.ordinal()], counts[Outcome.LOST.ordinal()],
                counts[Outcome.DISQUALIFIED.ordinal()], sorted(lost), sorted(disqualified),
                median == null ? null : median / MS_PER_DAY);
    }

    /** {@code select} over the deal rows {@code d} of the funnel's cohort: the deals created in the window. */
    static Sql cohort(String select, Pipeline pipeline, Window window, String owner) {
        return new Sql(select + " FROM " + DEAL + " d WHERE d." + PROJECT_KEY + " = ?", pipeline.projectKey())
                .append("AND d." + CREATED_AT + " >= ? AND d." + CREATED_AT + " < ?", millis(window.from()), millis(window.to()))
                .ownedBy(owner);
    }

    /** {@code select} over the deal rows {@code d} whose outcome instant lies in the window (an empty select: the FROM alone). */
    static Sql outcomeWindow(String select, Pipeline pipeline, Window window, String owner) {
        return new Sql((select.isEmpty() ? "" : select + " ") + "FROM " + DEAL + " d WHERE d." + PROJECT_KEY + " = ?", pipeline.projectKey())
                .append("AND d." + OUTCOME_AT + " >= ? AND d." + OUTCOME_AT + " < ?", millis(window.from()), millis(window.to()))
                .ownedBy(owner);
    }

    private static List<ReasonCount> sorted(List<ReasonCount> reasons) {
        return reasons.stream().sorted(ReasonCount.BY_COUNT_THEN_REASON).toList();
    }

    static long millis(java.time.Instant instant) {
        return instant.toEpochMilli();
    }
}
