package org.salespipeline.forecast;

import java.time.Instant;
import java.util.List;
import org.salespipeline.pipeline.Pipeline;

/**
 * The win probability of each open stage as of an instant ({@link Calibration}), whose implementations must all return
 * exactly what {@link ReferenceWinProbabilities} returns.
 */
public interface WinProbabilities {

    /**
     * Each open stage of the pipeline, in order, calibrated on the deals whose first entry into it lies in the matured
     * cohort of the {@code lookbackDays} before {@code at}. The pipeline's stage probabilities are taken as the ones
     * configured at {@code at} (see {@link Calibrations}, which passes the set-up as it was then).
     */
    List<StageCalibration> calibration(Pipeline pipeline, Instant at, int lookbackDays);
}
