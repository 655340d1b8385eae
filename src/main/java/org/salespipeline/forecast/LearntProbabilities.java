package org.salespipeline.forecast;

import java.time.Instant;
import java.util.List;
import org.salespipeline.pipeline.Pipeline;

/** The win probabilities the forecast uses: each stage calibrated as of T over the default lookback. */
public final class LearntProbabilities implements WinProbabilitySource {

    private final WinProbabilities probabilities;

    public LearntProbabilities(WinProbabilities probabilities) {
        this.probabilities = probabilities;
    }

    @Override
    public List<StageCalibration> asOf(Pipeline pipeline, Instant at) {
        return probabilities.calibration(pipeline, at, Calibration.DEFAULT_LOOKBACK_DAYS);
    }
}
