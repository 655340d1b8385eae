package org.salespipeline.metrics;

import org.salespipeline.pipeline.StageRef;

/**
 * One step of the funnel: how many deals of the cohort reached the stage (or WON) and how many of them went on.
 *
 * @param conversion reached of the next step ÷ reached of this one; null when none reached this step, and always
 *                   null for the final WON step
 */
public record FunnelStep(StageRef stage, int reached, Double conversion) {
}
