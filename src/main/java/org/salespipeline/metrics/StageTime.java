package org.salespipeline.metrics;

/** Stays in one stage that ended in a window: their number and their mean and median length in days (null when none). */
public record StageTime(String stageKey, int stays, Double meanDays, Double medianDays) {
}
