package org.salespipeline.jira.provisioning;

import java.util.List;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.jira.workflow.WorkflowStatus;
import org.salespipeline.jira.workflow.WorkflowXml;
import org.salespipeline.provisioning.WorkflowWriter;

/** Provisioning's workflow XML: the app's generated sales workflow over the given statuses. */
public class GeneratedWorkflowXml implements WorkflowWriter {

    @Override
    public String write(String workflowName, List<WorkflowStep> statuses, PipelineConfig config) {
        return WorkflowXml.generate(workflowName + ": the stages of " + config.pipeline().name(),
                statuses.stream().map(step -> new WorkflowStatus(step.statusId(), step.name(), step.target())).toList(), config);
    }
}
