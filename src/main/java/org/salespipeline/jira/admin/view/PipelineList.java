package org.salespipeline.jira.admin.view;

import java.util.List;

/** The pipelines page: every pipeline, and the projects the admin may browse that have none. Texts are HTML-escaped already; their accessors end in "Html". */
public record PipelineList(List<PipelineRow> pipelines, List<ProjectRow> unconfigured) {

    /** Whether any pipeline is set up. */
    public boolean hasPipelines() {
        return !pipelines.isEmpty();
    }

    /** Whether any project the admin may browse has no pipeline. */
    public boolean hasUnconfigured() {
        return !unconfigured.isEmpty();
    }
}
