package org.salespipeline.metrics;

import java.time.YearMonth;

/** Open deals expected to close in one calendar month, with their value and weighted value. */
public record ForecastMonth(YearMonth month, int deals, double value, double weightedValue) {
}
