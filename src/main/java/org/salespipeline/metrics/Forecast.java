package org.salespipeline.metrics;

import java.util.List;

/** Expected closings per calendar month (only months with deals, ascending) and the open deals that slipped. */
public record Forecast(List<ForecastMonth> months, List<SlippedDeal> slipped) {

    public Forecast {
        months = List.copyOf(months);
        slipped = List.copyOf(slipped);
    }
}
