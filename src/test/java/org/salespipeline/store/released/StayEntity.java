package org.salespipeline.store.released;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The stay table as the last release declared it, to migrate from: its columns are today's, its indexes are not. */
@Table("STAY")
@Indexes({
    @Index(name = "stay_ended", methodNames = {"getProjectKey", "getEndedAt", "getStageKey", "getDurationMs"}),
    @Index(name = "stay_duration", methodNames = {"getProjectKey", "getStageKey", "getEndedAt", "getDurationMs"}),
    // Stays that ended after an instant, for the deals open at it; led by the window column so that every
    // database's planner, HSQLDB's too, ranges over it rather than over all of a project's stays.
    @Index(name = "stay_ended_after", methodNames = {"getEndedAt", "getEnteredAt"})
})
public interface StayEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(40)
    String getStageKey();

    void setStageKey(String stageKey);

    long getEnteredAt();

    void setEnteredAt(long enteredAt);

    /** Null while the deal is still in the stage. */
    Long getEndedAt();

    void setEndedAt(Long endedAt);

    /** Ended minus entered, in milliseconds; null while open. */
    Long getDurationMs();

    void setDurationMs(Long durationMs);
}
