package org.salespipeline.forecast;

import java.time.Instant;
import java.util.List;
import org.salespipeline.pipeline.Pipeline;

/** The win probabilities the forecast uses: each stage calibrated as of T over the default lookback. */
public final class ForecastProbabilities implements WinProbabilitySource {

    private final Calibrations calibrations;

    public ForecastProbabilities(Calibrations calibrations) {
        this.calibrations = calibrations;
    }

    @Override
    public List<StageCalibration> asOf(Pipeline pipeline, Instant at) {
        return calibrations.calibration(pipeline, at, Calibration.DEFAULT_LOOKBACK_DAYS);
    }
}
