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
import java.time.LocalDate;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.history.ReasonNames;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Pipeline;

/** The pipeline metrics of one project, for users who may browse it (DESIGN §4, §6). */
@Path("/pipelines/{projectKey}")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineMetricsResource {

    private final VisiblePipelines visible;
    private final PipelineMetrics metrics;
    private final AccessPolicy access;
    private final Clock clock;
    private final ReasonNames reasonNames;

    @Inject
    public PipelineMetricsResource(PipelineDirectory pipelines, PipelineMetrics metrics, AccessPolicy access,
            Clock clock, ReasonNames reasonNames) {
        this.visible = new VisiblePipelines(pipelines, access);
        this.metrics = metrics;
        this.access = access;
        this.clock = clock;
        this.reasonNames = reasonNames;
    }

    @GET
    @Path("/funnel")
    public MetricsJson.Funnel funnel(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("owner") String owner) {
        Pipeline pipeline = visiblePipeline(projectKey);
        Window window = MetricsParameters.window(from, to, clock);
        return MetricsJson.Funnel.of(pipeline, window.from(), window.to(),
                metrics.funnel(pipeline, window, MetricsParameters.owner(owner)));
    }

    @GET
    @Path("/summary")
    public MetricsJson.Summary summary(@PathParam("projectKey") String projectKey, @QueryParam("at") String at,
            @QueryParam("owner") String owner) {
        Pipeline pipeline = visiblePipeline(projectKey);
        Instant instant = MetricsParameters.at(at, clock);
        return MetricsJson.Summary.of(pipeline, instant, metrics.summary(pipeline, instant, MetricsParameters.owner(owner)));
    }

    @GET
    @Path("/velocity")
    public MetricsJson.VelocityJson velocity(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("owner") String owner) {
        Pipeline pipeline = visiblePipeline(projectKey);
        return MetricsJson.VelocityJson.of(metrics.velocity(pipeline, MetricsParameters.window(from, to, clock),
                MetricsParameters.owner(owner)));
    }

    @GET
    @Path("/time-in-stage")
    public MetricsJson.TimeInStageJson timeInStage(@PathParam("projectKey") String projectKey,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("owner") String owner) {
        Pipeline pipeline = visiblePipeline(projectKey);
        return MetricsJson.TimeInStageJson.of(pipeline, metrics.timeInStage(pipeline,
                MetricsParameters.window(from, to, clock), MetricsParameters.owner(owner)));
    }

    @GET
    @Path("/stalled")
    public MetricsJson.Stalled stalled(@PathParam("projectKey") String projectKey, @QueryParam("at") String at,
            @QueryParam("limit") String limit, @QueryParam("owner") String owner) {
        Pipeline pipeline = visiblePipeline(projectKey);
        int rows = MetricsParameters.limit(limit);
        OwnerFilter filter = MetricsParameters.owner(owner);
        return MetricsJson.Stalled.of(metrics.stalled(pipeline, MetricsParameters.at(at, clock), filter,
                access.dealVisibility(), rows));
    }

    @GET
    @Path("/outcomes")
    public MetricsJson.Outcomes outcomes(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("owner") String owner) {
        Pipeline pipeline = visiblePipeline(projectKey);
        return MetricsJson.Outcomes.of(metrics.outcomes(pipeline, MetricsParameters.window(from, to, clock),
                MetricsParameters.owner(owner)).named(reasonNames));
    }

    @GET
    @Path("/forecast")
    public MetricsJson.ForecastJson forecast(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("owner") String owner) {
        Pipeline pipeline = visiblePipeline(projectKey);
        LocalDate[] dates = MetricsParameters.closeDates(from, to, clock);
        return MetricsJson.ForecastJson.of(dates[0], dates[1], metrics.forecast(pipeline, dates[0], dates[1],
                clock.instant(), MetricsParameters.owner(owner), access.dealVisibility()));
    }

    private Pipeline visiblePipeline(String projectKey) {
        return visible.require(projectKey).pipeline();
    }
}
