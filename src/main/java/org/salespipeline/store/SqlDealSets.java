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
    private static final String OPEN_DEAL_ORDER = "ORDER BY o.PROJECT_KEY, o.ISSUE_NUMBER";
    private static final String DEAL_ROW = "SELECT d." + ISSUE_ID + ", d." + ISSUE_KEY;
    private static final String DEAL_ROW_ORDER = "ORDER BY d." + PROJECT_KEY + ", d." + ISSUE_NUMBER;

    private final SqlReader sql;

    public SqlDealSets(SqlReader sql) {
        this.sql = sql;
    }

    @Override
    public DealSet select(Pipeline pipeline, DealSelection selection, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("A cap is at least 1, was " + cap);
        }
        Sql query = query(pipeline, selection).page(0, cap + 1);
        return sql.read(session -> query.query(session, rows -> {
            List<DealRef> deals = new ArrayList<>();
            boolean more = false;
            while (rows.next()) {
                if (deals.size() == cap) {
                    more = true;
                    break;
                }
                deals.add(new DealRef(rows.getLong(1), rows.getString(2)));
            }
            return new DealSet(deals, more);
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
            return withReason(SqlDealMetrics.outcomeWindow(DEAL_ROW, pipeline, outcome.window(), null)
                    .append("AND d." + OUTCOME + " = ?", outcome.outcome().name()), outcome.reason())
                    .append(DEAL_ROW_ORDER);
        }
        if (selection instanceof DealSelection.ClosingIn closing) {
            return SqlDealLists.closingIn(OPEN_DEAL, pipeline, closing.from(), closing.to(), closing.now(), null,
                    OPEN_DEAL_COLUMNS).append(OPEN_DEAL_ORDER);
        }
        DealSelection.Slipped slipped = (DealSelection.Slipped) selection;
        return SqlDealLists.slippedAt(OPEN_DEAL, pipeline, slipped.now(), null, OPEN_DEAL_COLUMNS).append(OPEN_DEAL_ORDER);
    }

    private static Sql withReason(Sql query, DealSelection.Reason reason) {
        if (reason.anyReason()) {
            return query;
        }
        return reason.reason() == null ? query.append("AND d." + OUTCOME_REASON + " IS NULL")
                : query.append("AND d." + OUTCOME_REASON + " = ?", reason.reason());
    }
}
