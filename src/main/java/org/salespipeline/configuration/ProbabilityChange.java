package org.salespipeline.configuration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/**
 * A stage's probability as one set-up change saved it.
 *
 * @param userKey who saved it; null when no user did (the app itself)
 */
public record ProbabilityChange(String stageKey, int probability, Instant at, String userKey) {

    public ProbabilityChange {
        Objects.requireNonNull(stageKey, "stageKey");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Today's pipeline with each stage's probability as saved before the instant: that of its last change before it,
     * or today's when it has none (the history starts with its first change).
     */
    public static Pipeline configuredAt(Pipeline today, List<ProbabilityChange> changes, Instant at) {
        Pipeline asOf = today;
        for (Stage stage : today.stages()) {
            ProbabilityChange last = null;
            for (ProbabilityChange change : changes) {
                if (change.stageKey().equals(stage.key()) && change.at().isBefore(at)
                        && (last == null || !change.at().isBefore(last.at()))) {
                    last = change;
                }
            }
            if (last != null && last.probability() != stage.probability()) {
                asOf = asOf.updateStageNumbers(stage.key(), last.probability(), stage.rotDays());
            }
        }
        return asOf;
    }
}
