package org.salespipeline.metrics;

/**
 * Won and lost deals whose outcome falls in a window.
 *
 * @param winRate won ÷ (won + lost); null when there is neither
 * @param averageDealSize mean amount of the won deals that have one; null when there is none
 * @param salesCycleDays mean fractional days from creation to first WON; null when nothing was won
 */
public record ClosedDeals(int won, int lost, Double winRate, Double averageDealSize, Double salesCycleDays) {
}
