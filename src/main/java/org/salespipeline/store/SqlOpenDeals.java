package org.salespipeline.store;

import static org.salespipeline.store.Schema.DEAL;
import static org.salespipeline.store.Schema.ENDED_AT;
import static org.salespipeline.store.Schema.ENTERED_AT;
import static org.salespipeline.store.Schema.ISSUE_ID;
import static org.salespipeline.store.Schema.PROJECT_KEY;
import static org.salespipeline.store.Schema.STAGE_KEY;
import static org.salespipeline.store.Schema.STAY;
import static org.salespipeline.store.SqlDealMetrics.millis;

import java.time.Instant;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/**
 * The deals open at an instant, as a derived table {@code o} with the stage each is in and when it entered it.
 *
 * <p>A deal's state row says where it has been since it entered its current stage or outcome, so from that
 * instant on the row alone answers; before it, the deal was wherever a stay that ended later covered the
 * instant. The two parts never overlap, and at "now" the second is empty: the dashboard's questions about now
 * read only the open deals' rows instead of every stay ever logged.
 *
 * <p>The derived table carries only the deal columns the question reads, so that a question about counts and
 * amounts reads the {@code deal_open} index alone: MySQL materialises the derived table with every column it
 * names, looking each deal's row up for them. On MySQL the open deals' stages are named (see
 * {@link SqlDialect#inStage}), so that its planner ranges over that index by stage and close date.
 */
final class SqlOpenDeals {

    /** The deal columns a question may read from {@code o}, besides its stage and when it entered it. */
    enum Column {
        ISSUE_ID(Schema.ISSUE_ID), AMOUNT(Schema.AMOUNT), CLOSE_DAY(Schema.CLOSE_DAY), ISSUE_KEY(Schema.ISSUE_KEY), SUMMARY(Schema.SUMMARY),
        PROJECT_KEY(Schema.PROJECT_KEY), ISSUE_NUMBER(Schema.ISSUE_NUMBER), OWNER(Schema.OWNER);

        private final String quoted;

        Column(String quoted) {
            this.quoted = quoted;
        }
    }

    private SqlOpenDeals() {
    }

    /**
     * {@code SELECT select FROM (open deals) o WHERE 1 = 1}, ready for more conditions on {@code o}, which has
     * {@code o.STAGE_KEY}, {@code o.ENTERED_AT} and the {@code columns} given.
     */
    static Sql select(String select, Pipeline pipeline, Instant at, String owner, Column... columns) {
        long t = millis(at);
        // Unquoted aliases fold to each database's own case, as the unquoted o.COLUMN references outside do.
        StringBuilder dealColumns = new StringBuilder();
        for (Column column : columns) {
            dealColumns.append(", d.").append(column.quoted).append(" AS ").append(column.name());
        }
        return new Sql("SELECT " + select + " FROM (SELECT d." + STAGE_KEY + " AS STAGE_KEY, d." + ENTERED_AT
                + " AS ENTERED_AT" + dealColumns + " FROM " + DEAL + " d WHERE d." + PROJECT_KEY + " = ?",
                pipeline.projectKey())
                .inStage("d." + STAGE_KEY, pipeline.stages().stream().map(Stage::key).toList())
                .append("AND d." + ENTERED_AT + " <= ?", t)
                .ownedBy(owner)
                .append("UNION ALL SELECT s." + STAGE_KEY + ", s." + ENTERED_AT + dealColumns + " FROM " + STAY
                        + " s JOIN " + DEAL + " d ON d." + ISSUE_ID + " = s." + ISSUE_ID + " WHERE d." + PROJECT_KEY + " = ?",
                        pipeline.projectKey())
                .append("AND s." + ENDED_AT + " > ? AND s." + ENTERED_AT + " <= ?", t, t)
                .ownedBy(owner)
                .append(") o WHERE 1 = 1");
    }
}
