package org.salespipeline.forecast;

import java.time.Instant;
import org.salespipeline.pipeline.Pipeline;

/** Where the forecast takes each stage's win probability as of an instant from. */
@FunctionalInterface
public interface WinProbabilitySource {

    WinProbabilities asOf(Pipeline pipeline, Instant at);
}
