package org.salespipeline.provisioning;

import java.util.List;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.pipeline.StageRef;

/** Writes the sales workflow's XML over the given statuses, in order, with the exit checks of the set-up. */
@FunctionalInterface
public interface WorkflowWriter {

    String write(String workflowName, List<WorkflowStep> statuses, PipelineConfig config);

    /** One status of the workflow: its Jira id (or, where it does not exist yet, its name), its name and what it stands for. */
    record WorkflowStep(String statusId, String name, StageRef target) {
    }
}
