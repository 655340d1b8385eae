package org.salespipeline.rest;

import java.time.Instant;
import java.util.List;
import org.salespipeline.forecast.Backtest;
import org.salespipeline.forecast.ForecastRange;

/** The JSON of the forecast range and its track record. */
final class ForecastJson {

    private ForecastJson() {
    }

    record Band(double p10, double p50, double p90) {
    }

    record NewDeals(double p50) {
    }

    /** The range of the window [from, to) as of {@code at} (T, truncated to the hour). */
    record Range(String from, String to, String at, double wonSoFar, double p10, double p50, double p90,
            Band fromOpenDeals, NewDeals fromNewDeals, double weightedPipeline, double calibratedWeighted,
            int openDeals, String method) {

        static Range of(Instant from, Instant to, Instant at, ForecastRange range) {
            ForecastRange.Band open = range.fromOpenDeals();
            return new Range(from.toString(), to.toString(), at.toString(), range.wonSoFar(), range.p10(), range.p50(),
                    range.p90(), new Band(open.p10(), open.p50(), open.p90()), new NewDeals(range.fromNewDealsP50()),
                    range.weightedPipeline(), range.calibratedWeighted(), range.openDeals(), range.method());
        }
    }

    record Window(String from, String to, double actual, double p10, double p50, double p90, double weightedPipeline,
            double calibratedWeighted) {
    }

    record Summary(Double wapeP50, Double wapeWeighted, Double wapeCalibrated, int inBand, int windows) {
    }

    record Track(String granularity, List<Window> windows, Summary summary) {

        static Track of(String granularity, Backtest backtest) {
            Backtest.Summary s = backtest.summary();
            return new Track(granularity, backtest.windows().stream().map(row -> new Window(row.from().toString(),
                    row.to().toString(), row.actual(), row.p10(), row.p50(), row.p90(), row.weightedPipeline(),
                    row.calibratedWeighted())).toList(),
                    new Summary(s.wapeP50(), s.wapeWeighted(), s.wapeCalibrated(), s.inBand(), s.windows()));
        }
    }
}
