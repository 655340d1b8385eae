package org.salespipeline.forecast;

import java.util.HashMap;
import java.util.Map;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/** The win probability of each open stage as of an instant: the chance that a deal in it is eventually won. */
public interface WinProbabilities {

    /** The probability, from 0 to 1, that a deal in the stage is eventually won. */
    double of(String stageKey);

    /** The probabilities the pipeline's stages are configured with. */
    static WinProbabilities configured(Pipeline pipeline) {
        Map<String, Double> byStage = new HashMap<>();
        for (Stage stage : pipeline.stages()) {
            byStage.put(stage.key(), stage.probability() / 100.0);
        }
        return stageKey -> byStage.getOrDefault(stageKey, 0.0);
    }
}
