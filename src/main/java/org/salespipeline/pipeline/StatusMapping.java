package org.salespipeline.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Maps workflow statuses (Jira status ids, or status names in history files) to open stages and outcomes. */
public final class StatusMapping {

    // Kept as given so that a status mapped twice is reported rather than silently overwritten.
    private final List<MappedStatus> lines;
    // A status mapped to two different targets is left out: guessing between them would be wrong.
    private final Map<String, StageRef> unambiguous;

    public StatusMapping(List<MappedStatus> lines) {
        this.lines = List.copyOf(lines);
        Map<String, Set<StageRef>> targets = new LinkedHashMap<>();
        for (MappedStatus line : this.lines) {
            targets.computeIfAbsent(line.statusId(), id -> new LinkedHashSet<>()).add(line.target());
        }
        this.unambiguous = targets.entrySet().stream()
                .filter(e -> e.getValue().size() == 1)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().iterator().next()));
    }

    public List<MappedStatus> lines() {
        return lines;
    }

    /** The stage or outcome a status stands for; empty when it is unmapped or mapped ambiguously. */
    public Optional<StageRef> lookup(String statusId) {
        return Optional.ofNullable(unambiguous.get(statusId));
    }

    /**
     * The stage or outcome a status stands for in this pipeline: empty for no status, an unmapped or ambiguous one,
     * and one mapped to a stage the pipeline no longer has (such a status counts as unmapped everywhere).
     */
    public Optional<StageRef> target(String statusId, Pipeline pipeline) {
        return statusId == null ? Optional.empty() : lookup(statusId)
                .filter(target -> !target.isOpenStage() || pipeline.stage(target.stageKey()).isPresent());
    }

    /**
     * Checks this mapping against a pipeline and the statuses of the project's workflow; a stage counts as having a
     * status only when a status of that workflow maps to it.
     */
    public MappingReport check(Pipeline pipeline, Collection<String> workflowStatusIds) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> doubled = new LinkedHashSet<>();
        Set<StageRef> targeted = new LinkedHashSet<>();
        List<MappedStatus> unknown = new ArrayList<>();
        for (MappedStatus line : lines) {
            if (!seen.add(line.statusId())) {
                doubled.add(line.statusId());
            }
            if (workflowStatusIds.contains(line.statusId())) {
                targeted.add(line.target());
            }
            if (line.target().isOpenStage() && pipeline.stage(line.target().stageKey()).isEmpty()) {
                unknown.add(line);
            }
        }
        List<String> unmapped = workflowStatusIds.stream().filter(id -> !seen.contains(id)).distinct().toList();
        List<StageRef> withoutStatus = allTargets(pipeline).filter(t -> !targeted.contains(t)).toList();
        return new MappingReport(List.copyOf(doubled), unmapped, withoutStatus, unknown);
    }

    private static Stream<StageRef> allTargets(Pipeline pipeline) {
        return Stream.concat(
                pipeline.stages().stream().map(s -> StageRef.stage(s.key())),
                Stream.of(Outcome.values()).map(StageRef::outcome));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusMapping that && lines.equals(that.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return "StatusMapping" + lines;
    }
}
