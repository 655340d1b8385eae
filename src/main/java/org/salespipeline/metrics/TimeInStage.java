package org.salespipeline.metrics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/** Time spent per open stage, in stage order, over the stays that ended in a window. */
public record TimeInStage(List<StageTime> stages) {

    public TimeInStage {
        stages = List.copyOf(stages);
    }

    /**
     * The bottleneck: the stage whose median stay is the largest multiple of its rot days, when that multiple is above
     * 1 (ties go to the earlier stage); empty when no stage's median exceeds its rot days.
     */
    public Optional<String> bottleneck(Pipeline pipeline) {
        String worst = null;
        double worstRatio = 1;
        for (StageTime stage : stages) {
            OptionalDouble ratio = overRotDays(pipeline, stage);
            if (ratio.isPresent() && ratio.getAsDouble() > worstRatio) {
                worst = stage.stageKey();
                worstRatio = ratio.getAsDouble();
            }
        }
        return Optional.ofNullable(worst);
    }

    /** The stage's median stay in multiples of its rot days; empty without stays or a stage of that key. */
    public static OptionalDouble overRotDays(Pipeline pipeline, StageTime stage) {
        Optional<Stage> found = pipeline.stage(stage.stageKey());
        if (stage.medianDays() == null || found.isEmpty() || found.get().rotDays() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(stage.medianDays() / found.get().rotDays());
    }
}
