package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One stage probability as a set-up change saved it: the probability history a past instant is read from. */
@Table("PROBABILITY_CHANGE")
public interface ProbabilityChangeEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @StringLength(40)
    String getStageKey();

    void setStageKey(String stageKey);

    int getProbability();

    void setProbability(int probability);

    long getChangedAt();

    void setChangedAt(long changedAt);

    /** Who saved it; null when the app did, with no user. */
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);
}
