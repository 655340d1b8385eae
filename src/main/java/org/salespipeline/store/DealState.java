package org.salespipeline.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.DealOutcome;
import org.salespipeline.history.StageEntry;
import org.salespipeline.pipeline.StageRef;

/** The derived columns of a deal's state row: where it stands now, how far it got and its outcome. */
record DealState(String stageKey, String currentOutcome, Long enteredAt, int furthest, String outcome, Long outcomeAt,
        String outcomeReason) {

    static DealState of(DealHistory history) {
        List<StageEntry> entries = history.entries();
        Optional<StageRef> current = entries.isEmpty() ? Optional.empty()
                : Optional.of(entries.get(entries.size() - 1).target());
        Long enteredAt = entries.isEmpty() ? null
                : history.enteredCurrentStageAt(entries.get(entries.size() - 1).at()).map(Instant::toEpochMilli).orElse(null);
        Optional<DealOutcome> outcome = history.outcome();
        return new DealState(
                current.filter(StageRef::isOpenStage).map(StageRef::stageKey).orElse(null),
                current.filter(ref -> !ref.isOpenStage()).map(ref -> ref.outcome().name()).orElse(null),
                enteredAt,
                history.position(),
                outcome.map(o -> o.outcome().name()).orElse(null),
                outcome.map(o -> o.at().toEpochMilli()).orElse(null),
                outcome.map(DealOutcome::reason).orElse(null));
    }

    void applyTo(DealEntity row) {
        row.setStageKey(stageKey);
        row.setCurrentOutcome(currentOutcome);
        row.setEnteredAt(enteredAt);
        row.setFurthest(furthest);
        row.setOutcome(outcome);
        row.setOutcomeAt(outcomeAt);
        row.setOutcomeReason(outcomeReason);
    }

    /** Adds the columns to a new row's values, named as AO names the entity's fields. */
    void putInto(Map<String, Object> row) {
        row.put("STAGE_KEY", stageKey);
        row.put("CURRENT_OUTCOME", currentOutcome);
        row.put("ENTERED_AT", enteredAt);
        row.put("FURTHEST", furthest);
        row.put("OUTCOME", outcome);
        row.put("OUTCOME_AT", outcomeAt);
        row.put("OUTCOME_REASON", outcomeReason);
    }
}
