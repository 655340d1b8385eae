package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One sales pipeline: the Jira project it belongs to, its name and its currency. */
@Table("PIPELINE")
public interface PipelineEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);
}
