package org.salespipeline.forecast;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.configuration.ProbabilityChange;
import org.salespipeline.configuration.ProbabilityHistory;
import org.salespipeline.pipeline.Pipeline;

/** Calibrates a project's stages as of an instant under today's stages and mapping, with probabilities as saved then. */
public final class Calibrations {

    private final PipelineDirectory pipelines;
    private final ProbabilityHistory history;
    private final WinProbabilities probabilities;

    public Calibrations(PipelineDirectory pipelines, ProbabilityHistory history, WinProbabilities probabilities) {
        this.pipelines = pipelines;
        this.history = history;
        this.probabilities = probabilities;
    }

    /** Each open stage of the project's pipeline as of {@code at}; empty when the project has no pipeline. */
    public Optional<List<StageCalibration>> calibration(String projectKey, Instant at, int lookbackDays) {
        return pipelines.find(projectKey).map(config -> calibration(config.pipeline(), at, lookbackDays));
    }

    /** Each open stage of today's pipeline as of {@code at}, configured with the probabilities saved at {@code at}. */
    public List<StageCalibration> calibration(Pipeline today, Instant at, int lookbackDays) {
        Pipeline asOf = ProbabilityChange.configuredAt(today, history.changes(today.projectKey()), at);
        return probabilities.calibration(asOf, at, lookbackDays);
    }
}
