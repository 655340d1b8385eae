package org.salespipeline.forecast;

/**
 * The forecast of the value won in a window as of T: what was won in it before T, the 10th, 50th and 90th
 * percentiles of the total, of the part the deals open before T bring and the median of the part deals not yet
 * created bring; and beside it the weighted pipeline with the configured and with the win probabilities.
 *
 * @param openDeals how many deals were open before T
 * @param method how the range was computed
 */
public record ForecastRange(double wonSoFar, double p10, double p50, double p90, Band fromOpenDeals,
        double fromNewDealsP50, double weightedPipeline, double calibratedWeighted, int openDeals, String method) {

    /** Three percentiles of one part. */
    public record Band(double p10, double p50, double p90) {
    }
}
