package org.salespipeline.pipeline;

import java.util.List;

/**
 * What is wrong with a status mapping for a given pipeline and workflow.
 *
 * @param doublyMappedStatuses statuses that appear more than once in the mapping
 * @param unmappedStatuses workflow statuses that map to nothing
 * @param stagesWithoutStatus open stages and outcomes that no workflow status maps to
 * @param unknownStageTargets mapping lines that point to a stage key the pipeline does not have
 */
public record MappingReport(List<String> doublyMappedStatuses, List<String> unmappedStatuses,
        List<StageRef> stagesWithoutStatus, List<MappedStatus> unknownStageTargets) {

    public MappingReport {
        doublyMappedStatuses = List.copyOf(doublyMappedStatuses);
        unmappedStatuses = List.copyOf(unmappedStatuses);
        stagesWithoutStatus = List.copyOf(stagesWithoutStatus);
        unknownStageTargets = List.copyOf(unknownStageTargets);
    }

    public boolean isComplete() {
        return doublyMappedStatuses.isEmpty() && unmappedStatuses.isEmpty()
                && stagesWithoutStatus.isEmpty() && unknownStageTargets.isEmpty();
    }
}
