package org.salespipeline.metrics;

import java.util.List;

/** Time spent per open stage, in stage order, over the stays that ended in a window. */
public record TimeInStage(List<StageTime> stages) {

    public TimeInStage {
        stages = List.copyOf(stages);
    }
}
