package org.salespipeline.rest;

import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.ProjectStatuses;
import org.salespipeline.provisioning.ReasonFields;

/** Answers a pipeline's set-up with what Jira says of its project: the workflow's statuses and the reason fields. */
public class SetupAnswers {

    private final ProjectStatuses statuses;
    private final ReasonFields reasons;

    public SetupAnswers(ProjectStatuses statuses, ReasonFields reasons) {
        this.statuses = statuses;
        this.reasons = reasons;
    }

    SetupJson of(PipelineConfig config, boolean rebuildStarted) {
        return SetupJson.of(config, statuses.statuses(config.projectKey()), reasons.of(config.projectKey()), rebuildStarted);
    }
}
