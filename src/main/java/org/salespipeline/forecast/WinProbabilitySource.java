package org.salespipeline.forecast;

import java.time.Instant;
import java.util.List;
import org.salespipeline.pipeline.Pipeline;

/** Where the forecast takes each stage's win probability as of an instant from ({@link Calibrations} in the app). */
@FunctionalInterface
public interface WinProbabilitySource {

    /** Each open stage of the pipeline, in order, calibrated as of the instant. */
    List<StageCalibration> asOf(Pipeline pipeline, Instant at);
}
