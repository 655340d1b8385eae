package org.salespipeline.metrics;

/**
 * Sales velocity over a window and the figures it is made of.
 *
 * @param openDeals deals in an open stage at the window's end
 * @param velocityPerDay openDeals × averageDealSize × winRate ÷ salesCycleDays; null when an input is null or the
 *                       cycle is 0
 */
public record Velocity(int openDeals, int won, int lost, Double winRate, Double averageDealSize, Double salesCycleDays,
        Double velocityPerDay) {
}
