package org.salespipeline.jira.workflow;

import java.util.Objects;
import org.salespipeline.pipeline.StageRef;

/** One status of the sales workflow: its Jira id and name, and the stage or outcome it stands for. */
public record WorkflowStatus(String statusId, String name, StageRef target) {

    public WorkflowStatus {
        Objects.requireNonNull(statusId, "statusId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
    }
}
