package org.salespipeline.store.released;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The deal state table as the last release declared it, to migrate from: its columns are today's, its indexes are not. */
@Table("DEAL")
@Indexes({
    @Index(name = "deal_created", methodNames = {"getProjectKey", "getCreatedAt"}),
    @Index(name = "deal_outcome", methodNames = {"getProjectKey", "getOutcomeAt"}),
    @Index(name = "deal_close", methodNames = {"getProjectKey", "getCloseDay"})
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
