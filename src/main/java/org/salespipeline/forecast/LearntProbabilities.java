package org.salespipeline.forecast;

import java.time.Instant;
import java.util.List;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineSettings;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.Stage;

/** Adopts the learnt win probabilities as the configured ones, saved as any set-up change is. */
public final class LearntProbabilities {

    private final Calibrations calibrations;
    private final PipelineSettings settings;

    public LearntProbabilities(Calibrations calibrations, PipelineSettings settings) {
        this.calibrations = calibrations;
        this.settings = settings;
    }

    /**
     * Sets each stage that learnt its probability (one that does not fall back) to it, rounded to a whole percent, as
     * of {@code at}; saves the set-up when that changes it and returns the set-up as it then is.
     */
    public PipelineConfig adopt(PipelineConfig current, Instant at, int lookbackDays) {
        List<StageCalibration> learnt = calibrations.calibration(current.pipeline(), at, lookbackDays);
        Pipeline adopted = current.pipeline();
        for (StageCalibration stage : learnt) {
            Stage configured = adopted.stage(stage.key()).orElseThrow();
            int probability = rounded(stage);
            if (!stage.fallback() && probability != configured.probability()) {
                adopted = adopted.updateStageNumbers(stage.key(), probability, configured.rotDays());
            }
        }
        if (adopted.equals(current.pipeline())) {
            return current;
        }
        PipelineConfig saved = current.withPipeline(adopted);
        settings.save(saved);
        return saved;
    }

    /** The stage's win probability to a whole percent, halves up, as adopting it would set it. */
    public static int rounded(StageCalibration stage) {
        return (int) Math.round(stage.winProbability());
    }
}
