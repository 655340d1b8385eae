package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Whether one checklist item of one deal is ticked, who changed it last, when, and at which version. */
@Table("CHECK_MARK")
@Indexes(@Index(name = "mark_deal_item", methodNames = {"getIssueId", "getItemKey"}))
public interface ChecklistMarkEntity extends Entity {

    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(40)
    String getStageKey();

    void setStageKey(String stageKey);

    @NotNull
    @StringLength(80)
    String getItemKey();

    void setItemKey(String itemKey);

    boolean isDone();

    void setDone(boolean done);

    @StringLength(255)
    String getChangedBy();

    void setChangedBy(String changedBy);

    Long getChangedAt();

    void setChangedAt(Long changedAt);

    long getVersion();

    void setVersion(long version);
}
