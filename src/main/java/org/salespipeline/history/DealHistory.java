package org.salespipeline.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;

/** What any sequence of a deal's status changes means for one pipeline: its entries, position, stays and outcome. */
public final class DealHistory {

    private final List<StageEntry> entries;
    private final int position;
    private final List<Stay> stays;
    private final DealOutcome outcome;

    private DealHistory(List<StageEntry> entries, int position, List<Stay> stays, DealOutcome outcome) {
        this.entries = entries;
        this.position = position;
        this.stays = stays;
        this.outcome = outcome;
    }

    /**
     * Derives the history of one deal from its status changes in recorded order; changes into unmapped statuses, or
     * into stage keys the pipeline does not have, are ignored.
     */
    public static DealHistory derive(List<StatusChange> changes, Pipeline pipeline, StatusMapping mapping) {
        List<StatusChange> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(StatusChange::at)); // stable, so equal instants keep their order
        List<StageEntry> entries = new ArrayList<>();
        for (StatusChange change : ordered) {
            mapping.target(change.statusId(), pipeline)
                    .ifPresent(target -> entries.add(new StageEntry(change.at(), target, change.reason())));
        }
        return new DealHistory(List.copyOf(entries), position(entries, pipeline), stays(entries), bestOutcome(entries));
    }

    public List<StageEntry> entries() {
        return entries;
    }

    /** 1..n for the furthest open stage ever entered, n + 1 once ever won, 0 when never in an open stage. */
    public int position() {
        return position;
    }

    /** Every stay in an open stage, in order; only the last can be ongoing. */
    public List<Stay> stays() {
        return stays;
    }

    public Optional<DealOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** The stage or outcome of the last entry at or before the instant; empty before the first entry. */
    public Optional<StageRef> stageAt(Instant t) {
        int last = lastIndexAtOrBefore(t);
        return last < 0 ? Optional.empty() : Optional.of(entries.get(last).target());
    }

    /** When the deal entered the stage or outcome it is in at the instant; empty before the first entry. */
    public Optional<Instant> enteredCurrentStageAt(Instant t) {
        int last = lastIndexAtOrBefore(t);
        if (last < 0) {
            return Optional.empty();
        }
        int first = last;
        while (first > 0 && entries.get(first - 1).target().equals(entries.get(last).target())) {
            first--;
        }
        return Optional.of(entries.get(first).at());
    }

    /** Index of the last entry at or before the instant, or -1 when there is none. */
    private int lastIndexAtOrBefore(Instant t) {
        int last = -1;
        while (last + 1 < entries.size() && !entries.get(last + 1).at().isAfter(t)) {
            last++;
        }
        return last;
    }

    private static int position(List<StageEntry> entries, Pipeline pipeline) {
        int furthest = 0;
        for (StageEntry entry : entries) {
            StageRef target = entry.target();
            int reached = target.isOpenStage() ? pipeline.positionOf(target.stageKey()).orElseThrow()
                    : target.is(Outcome.WON) ? pipeline.wonPosition() : 0;
            furthest = Math.max(furthest, reached);
        }
        return furthest;
    }

    private static List<Stay> stays(List<StageEntry> entries) {
        List<Stay> stays = new ArrayList<>();
        StageRef current = null;
        Instant enteredAt = null;
        for (StageEntry entry : entries) {
            if (entry.target().equals(current)) {
                continue;
            }
            if (current != null && current.isOpenStage()) {
                stays.add(new Stay(current.stageKey(), enteredAt, entry.at()));
            }
            current = entry.target();
            enteredAt = entry.at();
        }
        if (current != null && current.isOpenStage()) {
            stays.add(new Stay(current.stageKey(), enteredAt, null));
        }
        return List.copyOf(stays);
    }

    // Best outcome first: a deal that was ever won counts as won, even if it was lost before or after.
    private static DealOutcome bestOutcome(List<StageEntry> entries) {
        for (Outcome candidate : List.of(Outcome.WON, Outcome.LOST, Outcome.DISQUALIFIED)) {
            for (StageEntry entry : entries) {
                if (entry.target().is(candidate)) {
                    return new DealOutcome(candidate, entry.at(), entry.reason());
                }
            }
        }
        return null;
    }
}
