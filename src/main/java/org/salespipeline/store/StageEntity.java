package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One open stage of a pipeline, at its place in the stage order. */
@Table("STAGE")
public interface StageEntity extends Entity {

    @NotNull
    @Indexed
    int getPipelineId();

    void setPipelineId(int pipelineId);

    /** 1-based place in the pipeline's stage order. */
    int getOrdinal();

    void setOrdinal(int ordinal);

    @NotNull
    @StringLength(40)
    String getStageKey();

    void setStageKey(String stageKey);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    int getProbability();

    void setProbability(int probability);

    int getRotDays();

    void setRotDays(int rotDays);

    @StringLength(StringLength.UNLIMITED)
    String getGuidance();

    void setGuidance(String guidance);

    @StringLength(StringLength.UNLIMITED)
    String getExitCriteria();

    void setExitCriteria(String exitCriteria);
}
