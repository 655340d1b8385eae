package org.salespipeline.jira.web;

import com.atlassian.jira.project.Project;
import java.util.Map;
import org.salespipeline.configuration.PipelineDirectory;

/**
 * Shows the board's link in a project's sidebar only for projects that have a sales pipeline. The sidebar's context
 * names its project as {@code project}; a context without one shows no link.
 */
public class BoardLinkCondition extends PipelineProjectCondition {

    public BoardLinkCondition(PipelineDirectory pipelines) {
        super(pipelines);
    }

    @Override
    protected Project project(Map<String, Object> context) {
        return context.get("project") instanceof Project project ? project : null;
    }
}
