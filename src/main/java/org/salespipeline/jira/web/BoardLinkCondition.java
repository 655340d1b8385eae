package org.salespipeline.jira.web;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import org.salespipeline.configuration.PipelineDirectory;

/**
 * Shows the board's link in a project's sidebar only for projects that have a sales pipeline. The sidebar's context
 * names its project as {@code project}; a context without one shows no link.
 */
public class BoardLinkCondition implements Condition {

    private final PipelineDirectory pipelines;

    public BoardLinkCondition(PipelineDirectory pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("project") instanceof Project project && project.getKey() != null
                && pipelines.find(project.getKey()).isPresent();
    }
}
