package org.salespipeline.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Pipeline;

/**
 * One question the dashboard asks, as the benchmark times it: a metric over a 90-day or an all-time window, or
 * at "now".
 */
record MetricCase(String key, String label, Function<PipelineMetrics, Object> question) {

    /** Deals are created over the two years before now, so three years back covers all of them. */
    private static final Duration ALL_TIME = Duration.ofDays(3 * 365);
    private static final Duration QUARTER = Duration.ofDays(90);
    private static final Duration WEEK = Duration.ofDays(7);
    private static final int STALLED_LIMIT = 20;

    static List<MetricCase> all(Pipeline pipeline, Instant now) {
        OwnerFilter any = OwnerFilter.any();
        Window quarter = new Window(now.minus(QUARTER), now);
        Window allTime = new Window(now.minus(ALL_TIME), now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return List.of(
                new MetricCase("funnel-90d", "funnel, 90 days", m -> m.funnel(pipeline, quarter, any)),
                new MetricCase("funnel-all", "funnel, all time", m -> m.funnel(pipeline, allTime, any)),
                new MetricCase("summary-now", "summary, now", m -> m.summary(pipeline, now, any)),
                new MetricCase("velocity-90d", "velocity, 90 days", m -> m.velocity(pipeline, quarter, any)),
                new MetricCase("velocity-all", "velocity, all time", m -> m.velocity(pipeline, allTime, any)),
                new MetricCase("time-90d", "time in stage, 90 days", m -> m.timeInStage(pipeline, quarter, any)),
                new MetricCase("time-all", "time in stage, all time", m -> m.timeInStage(pipeline, allTime, any)),
                new MetricCase("stalled-now", "stalled, now (first 20)",
                        m -> m.stalled(pipeline, now, any, key -> true, STALLED_LIMIT)),
                new MetricCase("outcomes-90d", "outcomes, 90 days", m -> m.outcomes(pipeline, quarter, any)),
                new MetricCase("outcomes-all", "outcomes, all time", m -> m.outcomes(pipeline, allTime, any)),
                new MetricCase("forecast-90d", "forecast, next 90 days",
                        m -> m.forecast(pipeline, today, today.plusDays(90), now, any, key -> true)),
                new MetricCase("forecast-all", "forecast, all close dates",
                        m -> m.forecast(pipeline, today.minusYears(3), today.plusYears(3), now, any, key -> true)),
                new MetricCase("flow-7d", "flow, 7 days", m -> m.flow(pipeline, new Window(now.minus(WEEK), now), null, any)),
                new MetricCase("flow-90d", "flow, 90 days", m -> m.flow(pipeline, quarter, null, any)));
    }
}
