package org.salespipeline.jira.web;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import org.salespipeline.configuration.PipelineDirectory;

/**
 * A web condition that holds only where the project its context is about has a sales pipeline: the one check of
 * "project has a pipeline" the app's links and panels share.
 */
public abstract class PipelineProjectCondition implements Condition {

    private final PipelineDirectory pipelines;

    protected PipelineProjectCondition(PipelineDirectory pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public final boolean shouldDisplay(Map<String, Object> context) {
        Project project = project(context);
        return project != null && project.getKey() != null && pipelines.find(project.getKey()).isPresent();
    }

    /** The project the context is about, or null where it names none or is not a place to show in. */
    protected abstract Project project(Map<String, Object> context);
}
