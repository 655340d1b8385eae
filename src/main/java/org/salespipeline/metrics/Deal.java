package org.salespipeline.metrics;

import java.time.Instant;
import java.util.Optional;

import org.salespipeline.history.DealHistory;
import org.salespipeline.history.DealOutcome;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.StageRef;

/** A deal record together with its history derived for the pipeline being measured. */
record Deal(DealRecord record, DealHistory history) {

    /** The key of the open stage the deal is in at the instant, empty when it is in no open stage. */
    Optional<String> openStageAt(Instant t) {
        return history.stageAt(t).filter(StageRef::isOpenStage).map(StageRef::stageKey);
    }

    /** The deal's outcome when it is the given one and its instant lies in the window. */
    Optional<DealOutcome> outcomeIn(Window window, Outcome outcome) {
        return history.outcome().filter(o -> o.outcome() == outcome && window.contains(o.at()));
    }

    double amountOrZero() {
        return record.amount() == null ? 0 : record.amount();
    }
}
