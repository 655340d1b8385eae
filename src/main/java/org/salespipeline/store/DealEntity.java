package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The current state of one deal, kept in step with its stage log on every recorded change: where it
 * stands, how far it got, its outcome, and today's amount, owner and expected close date.
 */
@Table("DEAL")
@Indexes({
    // Each metric over a window of deals reads one of these alone, never the deal rows: a lookup per deal is what
    // made MySQL's (MariaDB's) plans slow. Deals created in a window, with how far each got, for the funnel. It comes
    // first: where several indexes are led by the project, HSQLDB's planner was seen to take the first created.
    @Index(name = "deal_funnel", methodNames = {"getProjectKey", "getCreatedAt", "getFurthest"}),
    // Deals closed in a window, with what closed deals, velocity and outcomes count, sum and take the median of.
    @Index(name = "deal_closed", methodNames = {"getProjectKey", "getOutcomeAt", "getOutcome", "getCreatedAt",
        "getAmount", "getOutcomeReason"}),
    // The deals open now, by stage and then close date (a forecast window, the deals that slipped), with what
    // the summary, velocity and forecast read of them. It replaces deal_close (project, close date), which only the
    // open deals' questions read and which led MySQL's planner to look up every deal that ever had a close date.
    @Index(name = "deal_open", methodNames = {"getProjectKey", "getStageKey", "getCloseDay", "getEnteredAt",
        "getAmount"}),
    // The deals of one outcome closed in a window, with when they were created: the disqualified deals' count and
    // median time to disqualify read this alone, instead of every deal row of the project.
    @Index(name = "deal_by_outcome", methodNames = {"getProjectKey", "getOutcome", "getOutcomeAt", "getCreatedAt"})
})
public interface DealEntity extends Entity {

    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);

    long getIssueNumber();

    void setIssueNumber(long issueNumber);

    @StringLength(255)
    String getSummary();

    void setSummary(String summary);

    long getCreatedAt();

    void setCreatedAt(long createdAt);

    Double getAmount();

    void setAmount(Double amount);

    @StringLength(255)
    String getOwner();

    void setOwner(String owner);

    /** Expected close date as days since 1970-01-01 (UTC), so that SQL can compare and group it portably. */
    Long getCloseDay();

    void setCloseDay(Long closeDay);

    /** The open stage the deal is in now; null when it is in an outcome or in no mapped status. */
    @StringLength(40)
    String getStageKey();

    void setStageKey(String stageKey);

    /** The outcome the deal is in now; null when it is in an open stage. */
    @StringLength(20)
    String getCurrentOutcome();

    void setCurrentOutcome(String currentOutcome);

    Long getEnteredAt();

    void setEnteredAt(Long enteredAt);

    /** The furthest position reached: 1..n for open stages, n + 1 once won, 0 before any open stage. */
    int getFurthest();

    void setFurthest(int furthest);

    @StringLength(20)
    String getOutcome();

    void setOutcome(String outcome);

    Long getOutcomeAt();

    void setOutcomeAt(Long outcomeAt);

    @StringLength(255)
    String getOutcomeReason();

    void setOutcomeReason(String outcomeReason);

    /** Bumped by every recording; the update takes the row lock that serialises recorders of one deal. */
    long getLogVersion();

    void setLogVersion(long logVersion);
}
