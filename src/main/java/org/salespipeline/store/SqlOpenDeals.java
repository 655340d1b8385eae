package org.salespipeline.store;

import static org.salespipeline.store.Schema.AMOUNT;
import static org.salespipeline.store.Schema.CLOSE_DAY;
import static org.salespipeline.store.Schema.DEAL;
import static org.salespipeline.store.Schema.ENDED_AT;
import static org.salespipeline.store.Schema.ENTERED_AT;
import static org.salespipeline.store.Schema.ISSUE_ID;
import static org.salespipeline.store.Schema.ISSUE_KEY;
import static org.salespipeline.store.Schema.ISSUE_NUMBER;
import static org.salespipeline.store.Schema.PROJECT_KEY;
import static org.salespipeline.store.Schema.STAGE_KEY;
import static org.salespipeline.store.Schema.STAY;
import static org.salespipeline.store.Schema.SUMMARY;
import static org.salespipeline.store.SqlDealMetrics.millis;

import java.time.Instant;
import org.salespipeline.pipeline.Pipeline;

/**
 * The deals open at an instant, as a derived table {@code o} with the stage each is in and when it entered it.
 *
 * <p>A deal's state row says where it has been since it entered its current stage or outcome, so from that
 * instant on the row alone answers; before it, the deal was wherever a stay that ended later covered the
 * instant. The two parts never overlap, and at "now" the second is empty: the dashboard's questions about now
 * read only the open deals' rows instead of every stay ever logged.
 */
final class SqlOpenDeals {

    private SqlOpenDeals() {
    }

    /** {@code SELECT select FROM (open deals) o WHERE 1 = 1}, ready for more conditions on {@code o}. */
    static Sql select(String select, Pipeline pipeline, Instant at, String owner) {
        long t = millis(at);
        // Unquoted aliases fold to each database's own case, as the unquoted o.COLUMN references outside do.
        String dealColumns = "d." + AMOUNT + " AS AMOUNT, d." + CLOSE_DAY + " AS CLOSE_DAY, d." + ISSUE_KEY
                + " AS ISSUE_KEY, d." + SUMMARY + " AS SUMMARY, d." + PROJECT_KEY + " AS PROJECT_KEY, d." + ISSUE_NUMBER
                + " AS ISSUE_NUMBER";
        return new Sql("SELECT " + select + " FROM (SELECT d." + STAGE_KEY + " AS STAGE_KEY, d." + ENTERED_AT
                + " AS ENTERED_AT, " + dealColumns + " FROM " + DEAL + " d WHERE d." + PROJECT_KEY + " = ?",
                pipeline.projectKey())
                .append("AND d." + STAGE_KEY + " IS NOT NULL AND d." + ENTERED_AT + " <= ?", t)
                .ownedBy(owner)
                .append("UNION ALL SELECT s." + STAGE_KEY + ", s." + ENTERED_AT + ", " + dealColumns + " FROM " + STAY
                        + " s JOIN " + DEAL + " d ON d." + ISSUE_ID + " = s." + ISSUE_ID + " WHERE d." + PROJECT_KEY + " = ?",
                        pipeline.projectKey())
                .append("AND s." + ENDED_AT + " > ? AND s." + ENTERED_AT + " <= ?", t, t)
                .ownedBy(owner)
                .append(") o WHERE 1 = 1");
    }
}
