package org.salespipeline.forecast;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.ForecastScenarios;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.FiscalCalendar.Granularity;

/**
 * Runs the forecast range and the monthly track record over a generated history streamed one deal at a time, and
 * prints the peak heap; run it with a small heap, such as {@code -Xmx256m}, and a number of deals (default 100,000).
 */
public final class ForecastMemoryCheck {

    private ForecastMemoryCheck() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        PipelineConfig config = ForecastScenarios.pipeline("ACME").config();
        ForecastDeals deals = (projectKey, consumer) -> ForecastScenarios
                .deals(ForecastScenarios.Scenario.SLIPPING_STAGES, 42, count, projectKey, now).map(DealSpec::toRecord)
                .forEach(consumer);
        WinProbabilitySource configured = (pipeline, at) -> pipeline.stages().stream()
                .map(stage -> Calibration.stage(stage.key(), stage.probability(), 0, 0, 0)).toList();
        Forecasts forecasts = new Forecasts(deals, configured);
        long started = System.nanoTime();
        ForecastRange range = forecasts.range(config.pipeline(), config.mapping(), FiscalCalendar.DEFAULT,
                Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"), now, OwnerFilter.any());
        long rangeMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Backtest backtest = forecasts.backtest(config.pipeline(), config.mapping(), FiscalCalendar.DEFAULT,
                Granularity.MONTH, now, OwnerFilter.any());
        long backtestMillis = (System.nanoTime() - started) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%d deals: %d open, range in %d ms, 8-month track record in %d ms, peak heap %d MB of %d MB%n",
                count, range.openDeals(), rangeMillis, backtestMillis, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(backtest.summary());
    }
}
