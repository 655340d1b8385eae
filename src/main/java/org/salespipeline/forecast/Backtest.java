package org.salespipeline.forecast;

import java.time.Instant;
import java.util.List;

/**
 * The track record: for each of the last complete fiscal months or quarters, the forecast as of its start against
 * the value actually won in it, and how far off the forecasts were over all of them.
 */
public record Backtest(List<Row> windows, Summary summary) {

    public Backtest {
        windows = List.copyOf(windows);
    }

    /** One window: its bounds, the value won in it, and the forecast made as of its start. */
    public record Row(Instant from, Instant to, double actual, double p10, double p50, double p90,
            double weightedPipeline, double calibratedWeighted) {

        boolean inBand() {
            return actual >= p10 && actual <= p90;
        }
    }

    /**
     * WAPE of P50, the weighted pipeline and the calibrated weighted (Σ|forecast − actual| ÷ Σ actual, null when
     * nothing was won), and in how many of the windows the actual lay within [P10, P90].
     */
    public record Summary(Double wapeP50, Double wapeWeighted, Double wapeCalibrated, int inBand, int windows) {
    }

    /** The record of the rows, oldest first. */
    public static Backtest of(List<Row> rows) {
        double actual = 0;
        double p50 = 0;
        double weighted = 0;
        double calibrated = 0;
        int inBand = 0;
        for (Row row : rows) {
            actual += row.actual();
            p50 += Math.abs(row.p50() - row.actual());
            weighted += Math.abs(row.weightedPipeline() - row.actual());
            calibrated += Math.abs(row.calibratedWeighted() - row.actual());
            inBand += row.inBand() ? 1 : 0;
        }
        return new Backtest(rows, new Summary(ratio(p50, actual), ratio(weighted, actual), ratio(calibrated, actual),
                inBand, rows.size()));
    }

    private static Double ratio(double error, double actual) {
        return actual == 0 ? null : error / actual;
    }
}
