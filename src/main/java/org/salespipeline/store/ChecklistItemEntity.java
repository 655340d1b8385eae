package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One item of a stage's checklist template in a pipeline. */
@Table("CHECK_ITEM")
public interface ChecklistItemEntity extends Entity {

    @NotNull
    @Indexed
    int getPipelineId();

    void setPipelineId(int pipelineId);

    @NotNull
    @StringLength(40)
    String getStageKey();

    void setStageKey(String stageKey);

    @NotNull
    @StringLength(80)
    String getItemKey();

    void setItemKey(String itemKey);

    int getOrdinal();

    void setOrdinal(int ordinal);

    @NotNull
    @StringLength(255)
    String getLabel();

    void setLabel(String label);

    boolean isRequired();

    void setRequired(boolean required);
}
