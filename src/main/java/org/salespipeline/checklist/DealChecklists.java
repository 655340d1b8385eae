package org.salespipeline.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/** All checklists of one deal: one for every stage up to the deal's position that has a template. */
public record DealChecklists(List<Checklist> checklists) {

    public DealChecklists {
        checklists = List.copyOf(checklists);
    }

    /** The fresh checklists of a deal at the given position (1..n for open stages, n + 1 once won). */
    public static DealChecklists forPosition(Pipeline pipeline, ChecklistTemplates templates, int position) {
        return new DealChecklists(List.of()).reachPosition(pipeline, templates, position);
    }

    /**
     * Adds a fresh checklist for every stage up to the position that has none yet, skipped stages included so that a
     * skip cannot dodge a checklist; existing ticks are kept.
     */
    public DealChecklists reachPosition(Pipeline pipeline, ChecklistTemplates templates, int position) {
        List<Checklist> result = new ArrayList<>(checklists);
        List<Stage> stages = pipeline.stages();
        for (int i = 0; i < Math.min(position, stages.size()); i++) {
            String key = stages.get(i).key();
            if (checklist(key).isEmpty()) {
                templates.forStage(key).ifPresent(t -> result.add(Checklist.fresh(t)));
            }
        }
        result.sort((a, b) -> Integer.compare(order(pipeline, a), order(pipeline, b)));
        return new DealChecklists(result);
    }

    public Optional<Checklist> checklist(String stageKey) {
        return checklists.stream().filter(c -> c.stageKey().equals(stageKey)).findFirst();
    }

    /** Ticks an item of the stage's checklist; see {@link Checklist#tick}. */
    public DealChecklists tick(String stageKey, String itemId, String userKey, Instant at, long expectedVersion) {
        return replace(existing(stageKey).tick(itemId, userKey, at, expectedVersion));
    }

    /** Unticks an item of the stage's checklist; see {@link Checklist#untick}. */
    public DealChecklists untick(String stageKey, String itemId, String userKey, Instant at, long expectedVersion) {
        return replace(existing(stageKey).untick(itemId, userKey, at, expectedVersion));
    }

    private Checklist existing(String stageKey) {
        return checklist(stageKey).orElseThrow(
                () -> new IllegalArgumentException("The deal has no checklist for stage " + stageKey));
    }

    private DealChecklists replace(Checklist changed) {
        List<Checklist> result = new ArrayList<>(checklists);
        result.replaceAll(c -> c.stageKey().equals(changed.stageKey()) ? changed : c);
        return new DealChecklists(result);
    }

    // Checklists of stages removed from the pipeline sort last instead of disappearing with their ticks.
    private static int order(Pipeline pipeline, Checklist checklist) {
        return pipeline.positionOf(checklist.stageKey()).orElse(Integer.MAX_VALUE);
    }
}
