package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The progress of the latest stage-log rebuild of one project. */
@Table("REBUILD")
public interface RebuildEntity extends Entity {

    @NotNull
    @Unique
    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(20)
    String getState();

    void setState(String state);

    int getTotal();

    void setTotal(int total);

    int getDone();

    void setDone(int done);

    long getLastIssueId();

    void setLastIssueId(long lastIssueId);

    long getStartedAt();

    void setStartedAt(long startedAt);

    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);

    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);
}
