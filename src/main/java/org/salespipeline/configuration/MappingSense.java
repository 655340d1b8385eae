package org.salespipeline.configuration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;

/**
 * Whether a status mapping makes sense for the project's workflow: it must map some status to an open stage and some
 * to WON; a status in Jira's Done category mapped to an open stage, or one outside Done mapped to an outcome, is
 * saved only once the admin confirms it. Several statuses per stage or outcome are fine.
 */
final class MappingSense {

    /** Jira's key of the Done status category. */
    static final String DONE = "done";

    private MappingSense() {
    }

    /** The problems of a mapping that could never give figures: nothing open, or nothing won. */
    static List<Problem> problems(StatusMapping mapping, List<ProjectStatuses.Status> workflow) {
        List<MappedStatus> lines = inWorkflow(mapping, workflow);
        List<Problem> problems = new java.util.ArrayList<>();
        if (lines.stream().noneMatch(line -> line.target().isOpenStage())) {
            problems.add(Problem.of("mapping", "sales-pipeline.problem.mapping-no-open"));
        }
        if (lines.stream().noneMatch(line -> line.target().is(Outcome.WON))) {
            problems.add(Problem.of("mapping", "sales-pipeline.problem.mapping-no-won"));
        }
        return problems;
    }

    /**
     * The lines of the request to confirm: those new or changed against the current mapping whose status's category
     * disagrees with its target, each by its path in the request ({@code mapping[3]}).
     */
    static List<Problem> toConfirm(StatusMapping requested, StatusMapping current, List<ProjectStatuses.Status> workflow,
            Function<String, String> stageNames) {
        Map<String, ProjectStatuses.Status> byId = workflow.stream()
                .collect(Collectors.toMap(ProjectStatuses.Status::id, Function.identity(), (a, b) -> a));
        List<MappedStatus> lines = requested.lines();
        List<Problem> confirmations = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            MappedStatus line = lines.get(i);
            ProjectStatuses.Status status = byId.get(line.statusId());
            if (status == null || current.lookup(line.statusId()).equals(Optional.of(line.target()))) {
                continue;
            }
            boolean done = DONE.equals(status.category());
            StageRef target = line.target();
            if (done && target.isOpenStage()) {
                confirmations.add(Problem.of("mapping[" + i + "]", "sales-pipeline.confirm.done-as-open", status.name(),
                        stageNames.apply(target.stageKey())));
            } else if (!done && !target.isOpenStage()) {
                confirmations.add(Problem.of("mapping[" + i + "]", "sales-pipeline.confirm.open-as-closed", status.name(),
                        target.outcome().name()));
            }
        }
        return confirmations;
    }

    /** The lines whose status is one of the workflow's; every line when the workflow is not known. */
    private static List<MappedStatus> inWorkflow(StatusMapping mapping, List<ProjectStatuses.Status> workflow) {
        if (workflow.isEmpty()) {
            return mapping.lines();
        }
        List<String> ids = workflow.stream().map(ProjectStatuses.Status::id).toList();
        return mapping.lines().stream().filter(line -> ids.contains(line.statusId())).toList();
    }
}
