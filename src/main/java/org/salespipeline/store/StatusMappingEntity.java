package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Maps one workflow status of a pipeline's project to an open stage or to an outcome. */
@Table("STATUS_MAP")
public interface StatusMappingEntity extends Entity {

    @NotNull
    @Indexed
    int getPipelineId();

    void setPipelineId(int pipelineId);

    @NotNull
    @StringLength(255)
    String getStatusId();

    void setStatusId(String statusId);

    /** The open stage's key; null when the status is an outcome. */
    @StringLength(40)
    String getStageKey();

    void setStageKey(String stageKey);

    /** WON, LOST or DISQUALIFIED; null when the status is an open stage. */
    @StringLength(20)
    String getOutcome();

    void setOutcome(String outcome);
}
