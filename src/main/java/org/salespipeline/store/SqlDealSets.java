package org.salespipeline.store;

import static org.salespipeline.store.Schema.FURTHEST;
import static org.salespipeline.store.Schema.ISSUE_ID;
import static org.salespipeline.store.Schema.ISSUE_KEY;
import static org.salespipeline.store.Schema.ISSUE_NUMBER;
import static org.salespipeline.store.Schema.OUTCOME;
import static org.salespipeline.store.Schema.OUTCOME_REASON;
import static org.salespipeline.store.Schema.PROJECT_KEY;

import java.util.ArrayList;
import java.util.List;
import org.salespipeline.history.ReasonNames;
import org.salespipeline.metrics.DealRef;
import org.salespipeline.metrics.DealSelection;
import org.salespipeline.metrics.DealSet;
import org.salespipeline.metrics.DealSets;
import org.salespipeline.pipeline.Pipeline;

/**
 * The deals behind a metric's number, read with the same conditions the metric aggregates over (the open deals at an
 * instant, the stalled rule, the funnel's cohort, outcome windows, close dates), one database page at a time.
 */
public class SqlDealSets implements DealSets {

    private static final String OPEN_DEAL = "o.ISSUE_ID, o.ISSUE_KEY";
    private static final SqlOpenDeals.Column[] OPEN_DEAL_COLUMNS = {SqlOpenDeals.Column.ISSUE_ID,
        SqlOpenDeals.Column.ISSUE_KEY, SqlOpenDeals.Column.PROJECT_KEY, SqlOpenDeals.Column.ISSUE_NUMBER};
    private static final SqlOpenDeals.Column[] OPEN_DEAL_CLOSING = {SqlOpenDeals.Column.ISSUE_ID,
        SqlOpenDeals.Column.ISSUE_KEY, SqlOpenDeals.Column.PROJECT_KEY, SqlOpenDeals.Column.ISSUE_NUMBER,
        SqlOpenDeals.Column.CLOSE_DAY};
    private static final String OPEN_DEAL_ORDER = "ORDER BY o.PROJECT_KEY, o.ISSUE_NUMBER";
    private static final String DEAL_ROW = "SELECT d." + ISSUE_ID + ", d." + ISSUE_KEY;
    private static final String DEAL_ROW_ORDER = "ORDER BY d." + PROJECT_KEY + ", d." + ISSUE_NUMBER;

    private final SqlReader sql;
    private final ReasonNames reasonNames;

    /** @param reasonNames the names reasons are shown by, which a selection by reason matches exactly */
    public SqlDealSets(SqlReader sql, ReasonNames reasonNames) {
        this.sql = sql;
        this.reasonNames = reasonNames;
    }

    @Override
    public DealSet select(Pipeline pipeline, DealSelection selection, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("A cap is at least 1, was " + cap);
        }
        String reason = selection instanceof DealSelection.WithOutcome outcome ? outcome.reason().reason() : null;
        // Rows whose reason is matched here are read until the cap is passed; the others are one page from the database.
        Sql query = reason == null ? query(pipeline, selection).page(0, cap + 1) : query(pipeline, selection);
        return sql.read(session -> query.query(session, rows -> {
            List<DealRef> deals = new ArrayList<>();
            while (rows.next()) {
                // A reason is matched by the name it is shown by, which the database does not know.
                if (reason == null || reason.equals(reasonNames.nameOf(rows.getString(3)))) {
                    if (deals.size() == cap) {
                        return new DealSet(deals, true);
                    }
                    deals.add(new DealRef(rows.getLong(1), rows.getString(2)));
                }
            }
            return new DealSet(deals, false);
        }));
    }

    private static Sql query(Pipeline pipeline, DealSelection selection) {
        if (selection instanceof DealSelection.InStage inStage) {
            return SqlOpenDeals.select(OPEN_DEAL, pipeline, inStage.at(), null, OPEN_DEAL_COLUMNS)
                    .append("AND o.STAGE_KEY = ?", inStage.stageKey())
                    .append(OPEN_DEAL_ORDER);
        }
        if (selection instanceof DealSelection.Stalled stalled) {
            return SqlDealLists.stalledAt(OPEN_DEAL, pipeline, stalled.at(), null, OPEN_DEAL_COLUMNS).append(OPEN_DEAL_ORDER);
        }
        if (selection instanceof DealSelection.Cohort cohort) {
            return SqlDealMetrics.cohort(DEAL_ROW, pipeline, cohort.window(), null)
                    .append("AND d." + FURTHEST + " >= ?", cohort.position())
                    .append(DEAL_ROW_ORDER);
        }
        if (selection instanceof DealSelection.WithOutcome outcome) {
            return withReason(SqlDealMetrics.outcomeWindow(DEAL_ROW + ", d." + OUTCOME_REASON, pipeline, outcome.window(), null)
                    .append("AND d." + OUTCOME + " = ?", outcome.outcome().name()), outcome.reason())
                    .append(DEAL_ROW_ORDER);
        }
        if (selection instanceof DealSelection.ClosingIn closing) {
            return SqlDealLists.closingIn(OPEN_DEAL, pipeline, closing.from(), closing.to(), closing.now(), null,
                    OPEN_DEAL_CLOSING).append(OPEN_DEAL_ORDER);
        }
        DealSelection.Slipped slipped = (DealSelection.Slipped) selection;
        return SqlDealLists.slippedAt(OPEN_DEAL, pipeline, slipped.now(), null, OPEN_DEAL_CLOSING).append(OPEN_DEAL_ORDER);
    }

    private static Sql withReason(Sql query, DealSelection.Reason reason) {
        if (reason.anyReason()) {
            return query;
        }
        return query.append("AND d." + OUTCOME_REASON + (reason.reason() == null ? " IS NULL" : " IS NOT NULL"));
    }
}
