package org.salespipeline.pipeline;

import java.util.Objects;

/** One line of a status mapping: a workflow status (an opaque id) and the stage or outcome it stands for. */
public record MappedStatus(String statusId, StageRef target) {

    public MappedStatus {
        Objects.requireNonNull(statusId, "statusId");
        Objects.requireNonNull(target, "target");
    }
}
