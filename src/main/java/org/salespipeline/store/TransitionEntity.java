package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One status change of a deal as Jira recorded it: the stage log's raw material. */
@Table("TRANSITION")
public interface TransitionEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** Identifies the Jira change (its change-group id, or issue, instant and target status): one row per change. */
    @NotNull
    @Unique
    @StringLength(255)
    String getChangeKey();

    void setChangeKey(String changeKey);

    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    /** Orders changes with equal instants as Jira recorded them. */
    long getSeq();

    void setSeq(long seq);

    @NotNull
    @StringLength(255)
    String getStatusId();

    void setStatusId(String statusId);

    @StringLength(255)
    String getReason();

    void setReason(String reason);
}
