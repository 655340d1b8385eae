package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.access.UserDirectory;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.forecast.Forecasts;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.FiscalCalendar.Granularity;
import org.salespipeline.pipeline.FiscalCalendar.Period;

/** The forecast range of a fiscal month or quarter and its track record, for users who may browse the project. */
@Path("/pipelines/{projectKey}/forecast-range")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastRangeResource {

    private final VisiblePipelines visible;
    private final Forecasts forecasts;
    private final Clock clock;
    private final DealOwners owners;

    @Inject
    public ForecastRangeResource(PipelineDirectory pipelines, AccessPolicy access, Forecasts forecasts, Clock clock,
            UserDirectory users, PipelineMetrics metrics) {
        this.visible = new VisiblePipelines(pipelines, access);
        this.forecasts = forecasts;
        this.clock = clock;
        this.owners = new DealOwners(users, metrics);
    }

    /** [from, to) as of {@code at} (default now, truncated to the hour); without from and to, the current quarter. */
    @GET
    public ForecastJson.Range range(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("at") String at, @QueryParam("owner") String owner) {
        PipelineConfig config = visible.require(projectKey);
        FiscalCalendar calendar = calendar(config);
        Instant asOf = Forecasts.asOf(MetricsParameters.at(at, clock));
        Instant[] window = window(from, to, calendar.containing(Granularity.QUARTER, clock.instant()));
        return ForecastJson.Range.of(window[0], window[1], asOf, forecasts.range(config.pipeline(), config.mapping(),
                calendar, window[0], window[1], asOf, owners.filter(config.pipeline(), owner)));
    }

    /** The last 4 complete fiscal quarters (default) or 8 complete fiscal months, each forecast as of its start. */
    @GET
    @Path("/backtest")
    public ForecastJson.Track backtest(@PathParam("projectKey") String projectKey,
            @QueryParam("granularity") String granularity, @QueryParam("owner") String owner) {
        PipelineConfig config = visible.require(projectKey);
        Granularity by = granularity(granularity);
        return ForecastJson.Track.of(by.name().toLowerCase(Locale.ROOT), forecasts.backtest(config.pipeline(),
                config.mapping(), calendar(config), by, clock.instant(), owners.filter(config.pipeline(), owner)));
    }

    /**
     * The pipeline's fiscal calendar, the one place this resource picks it: for now every pipeline follows the
     * default one (UTC, fiscal year from January).
     */
    private static FiscalCalendar calendar(PipelineConfig config) {
        return FiscalCalendar.DEFAULT;
    }

    private static Instant[] window(String from, String to, Period current) {
        if (from == null && to == null) {
            return new Instant[] {current.from(), current.to()};
        }
        if (from == null || to == null) {
            String missing = from == null ? "from" : "to";
            throw RestException.badRequest(missing, "sales-pipeline.error.forecast-window.missing", missing);
        }
        Instant start = MetricsParameters.instant("from", from);
        Instant end = MetricsParameters.instant("to", to);
        if (!start.isBefore(end)) {
            throw RestException.badRequest("from", "sales-pipeline.error.from-to", start, end);
        }
        return new Instant[] {start, end};
    }

    private static Granularity granularity(String text) {
        if (text == null) {
            return Granularity.QUARTER;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "quarter" -> Granularity.QUARTER;
            case "month" -> Granularity.MONTH;
            default -> throw RestException.badRequest("granularity", "sales-pipeline.error.granularity", text);
        };
    }
}
