package org.salespipeline.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One sales pipeline: the Jira project it belongs to, its name, currency, qualification policy and calendar. */
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

    /** The BANT score (0–4) a deal needs to leave qualification. */
    double getBantThreshold();

    void setBantThreshold(double bantThreshold);

    /** Comma-separated BANT criteria that must be confirmed, e.g. {@code BUDGET,NEED}; empty for none. */
    @StringLength(255)
    String getMandatoryCriteria();

    void setMandatoryCriteria(String mandatoryCriteria);

    /**
     * The key of the qualification gate stage, or {@value AoPipelineDirectory#NO_GATE} for a pipeline without a gate;
     * null in rows saved before pipelines named their gate, which keep the Qualification stage as it.
     */
    @StringLength(255)
    String getGateStage();

    void setGateStage(String gateStage);

    /** The IANA id of the time zone the pipeline's periods follow; null in rows saved before pipelines had one (UTC). */
    @StringLength(64)
    String getTimeZone();

    void setTimeZone(String timeZone);

    /** The month (1–12) the pipeline's fiscal year starts in; null in rows saved before pipelines had one (January). */
    Integer getFiscalYearStart();

    void setFiscalYearStart(Integer fiscalYearStart);

    /** Bumped by every configuration change, so that a rebuild can tell which configuration it used. */
    long getConfigVersion();

    void setConfigVersion(long configVersion);
}
