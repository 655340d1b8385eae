package org.salespipeline.forecast;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.FiscalCalendar.Granularity;
import org.salespipeline.pipeline.FiscalCalendar.Period;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.StatusMapping;

/** The forecast range of a window and the track record of a pipeline, read from its deals in one pass. */
public final class Forecasts {

    /** How many complete months and quarters the track record covers. */
    public static final int BACKTEST_MONTHS = 8;
    public static final int BACKTEST_QUARTERS = 4;

    private final ForecastDeals deals;
    private final WinProbabilitySource probabilities;

    public Forecasts(ForecastDeals deals, WinProbabilitySource probabilities) {
        this.deals = deals;
        this.probabilities = probabilities;
    }

    /** T as the forecast takes it: truncated to the hour, so that calls within the hour agree. */
    public static Instant asOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    /** The forecast range of [from, to) as of T (truncated to the hour). */
    public ForecastRange range(Pipeline pipeline, StatusMapping mapping, FiscalCalendar calendar, Instant from,
            Instant to, Instant at, OwnerFilter owner) {
        ForecastEvidence evidence = gather(pipeline, mapping, calendar, List.of(new ForecastWindow(from, to, asOf(at))),
                owner);
        return forecasts(pipeline, evidence)[0];
    }

    /** The last complete fiscal months (8) or quarters (4) before now, each forecast as of its start. */
    public Backtest backtest(Pipeline pipeline, StatusMapping mapping, FiscalCalendar calendar,
            Granularity granularity, Instant now, OwnerFilter owner) {
        List<ForecastWindow> windows = backtestWindows(calendar, granularity, now);
        ForecastEvidence evidence = gather(pipeline, mapping, calendar, windows, owner);
        ForecastRange[] ranges = forecasts(pipeline, evidence);
        List<Backtest.Row> rows = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            ForecastWindow window = windows.get(i);
            ForecastRange range = ranges[i];
            rows.add(new Backtest.Row(window.from(), window.to(), evidence.sums(i).actual, range.p10(), range.p50(), range.p90(),
                    range.weightedPipeline(), range.calibratedWeighted()));
        }
        return Backtest.of(rows);
    }

    /** The complete periods before the one holding now, oldest first, each as of its start. */
    public static List<ForecastWindow> backtestWindows(FiscalCalendar calendar, Granularity granularity, Instant now) {
        if (granularity != Granularity.MONTH && granularity != Granularity.QUARTER) {
            throw new IllegalArgumentException("The track record is kept by month or quarter, not " + granularity);
        }
        int count = granularity == Granularity.MONTH ? BACKTEST_MONTHS : BACKTEST_QUARTERS;
        List<ForecastWindow> windows = new ArrayList<>();
        Period period = calendar.containing(granularity, now);
        for (int i = 0; i < count; i++) {
            period = calendar.previous(period);
            windows.add(0, new ForecastWindow(period.from(), period.to(), period.from()));
        }
        return windows;
    }

    private ForecastEvidence gather(Pipeline pipeline, StatusMapping mapping, FiscalCalendar calendar,
            List<ForecastWindow> windows, OwnerFilter owner) {
        ForecastEvidence evidence = new ForecastEvidence(pipeline, mapping, calendar, owner, windows);
        deals.forEach(pipeline.projectKey(), evidence::add);
        return evidence;
    }

    private ForecastRange[] forecasts(Pipeline pipeline, ForecastEvidence evidence) {
        return ForecastModel.forecasts(evidence, at -> probabilities.asOf(pipeline, at));
    }
}
