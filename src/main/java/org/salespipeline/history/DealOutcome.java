package org.salespipeline.history;

import java.time.Instant;

import org.salespipeline.pipeline.Outcome;

/** A deal's best outcome, the instant of its first entry into that outcome, and the reason recorded then (or null). */
public record DealOutcome(Outcome outcome, Instant at, String reason) {
}
