package org.salespipeline.metrics;

/** The open deals in one stage at an instant, their total amount and their amount weighted by the stage's probability. */
public record StageValue(String stageKey, int deals, double value, double weightedValue) {
}
