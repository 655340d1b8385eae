package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.access.UserDirectory;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.history.ReasonNames;
import org.salespipeline.metrics.CloseWindow;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.StageTexts;
import org.salespipeline.text.Message;
import org.salespipeline.text.Texts;

/** The pipeline metrics of one project, for users who may browse it (DESIGN §4, §6). */
@Path("/pipelines/{projectKey}")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
public class PipelineMetricsResource {

    private final VisiblePipelines visible;
    private final PipelineMetrics metrics;
    private final AccessPolicy access;
    private final Clock clock;
    private final ReasonNames reasonNames;
    private final DealOwners owners;
    private final Texts texts;

    /** The resource; {@code texts} names each template stage (and the funnel's won step) in the user's language. */
    @Inject
    public PipelineMetricsResource(PipelineDirectory pipelines, PipelineMetrics metrics, AccessPolicy access,
            Clock clock, ReasonNames reasonNames, UserDirectory users, Texts texts) {
        this.visible = new VisiblePipelines(pipelines, access);
        this.metrics = metrics;
        this.access = access;
        this.clock = clock;
        this.reasonNames = reasonNames;
        this.owners = new DealOwners(users, metrics);
        this.texts = texts;
    }

    /**
     * The current owners of the pipeline's deals, from the store, each with the display name Jira gives it (no Browse
     * users permission needed); with {@code owner}, also the owner that parameter names, as the metrics read it.
     */
    @GET
    @Path("/owners")
    public Response owners(@PathParam("projectKey") String projectKey, @QueryParam("owner") String owner) {
        Pipeline pipeline = visiblePipeline(projectKey);
        DealOwners.Owner selected = owners.selected(pipeline, owner).orElse(null);
        return Response.ok(new MetricsJson.Owners(owners.all(pipeline).stream().map(MetricsJson.OwnerJson::of).toList(),
                selected == null ? null : MetricsJson.OwnerJson.of(selected)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/funnel")
    public Response funnel(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("owner") String owner, @QueryParam("format") String format) {
        Pipeline pipeline = visiblePipeline(projectKey);
        Window window = MetricsParameters.window(from, to, clock);
        return answer(projectKey, "funnel", format, MetricsJson.Funnel.of(named(pipeline), texts.text(Message.of("sales-pipeline.panel.outcome.WON")),
                window.from(), window.to(),
                metrics.funnel(pipeline, window, owners.filter(pipeline, owner))));
    }

    @GET
    @Path("/summary")
    public Response summary(@PathParam("projectKey") String projectKey, @QueryParam("at") String at,
            @QueryParam("owner") String owner, @QueryParam("format") String format) {
        Pipeline pipeline = visiblePipeline(projectKey);
        Instant instant = MetricsParameters.at(at, clock);
        return answer(projectKey, "summary", format, MetricsJson.Summary.of(named(pipeline), instant,
                metrics.summary(pipeline, instant, owners.filter(pipeline, owner))));
    }

    @GET
    @Path("/velocity")
    public Response velocity(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("owner") String owner, @QueryParam("format") String format) {
        Pipeline pipeline = visiblePipeline(projectKey);
        return answer(projectKey, "velocity", format, MetricsJson.VelocityJson.of(metrics.velocity(pipeline,
                MetricsParameters.window(from, to, clock), owners.filter(pipeline, owner))));
    }

    @GET
    @Path("/time-in-stage")
    public Response timeInStage(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("owner") String owner, @QueryParam("format") String format) {
        Pipeline pipeline = visiblePipeline(projectKey);
        return answer(projectKey, "time-in-stage", format, MetricsJson.TimeInStageJson.of(named(pipeline),
                metrics.timeInStage(pipeline, MetricsParameters.window(from, to, clock), owners.filter(pipeline, owner))));
    }

    @GET
    @Path("/stalled")
    public Response stalled(@PathParam("projectKey") String projectKey, @QueryParam("at") String at,
            @QueryParam("limit") String limit, @QueryParam("owner") String owner, @QueryParam("format") String format) {
        Pipeline pipeline = visiblePipeline(projectKey);
        int rows = MetricsParameters.limit(limit);
        OwnerFilter filter = owners.filter(pipeline, owner);
        return answer(projectKey, "stalled", format, MetricsJson.Stalled.of(metrics.stalled(pipeline,
                MetricsParameters.at(at, clock), filter, access.dealVisibility(), rows), owners::name));
    }

    @GET
    @Path("/outcomes")
    public Response outcomes(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("owner") String owner, @QueryParam("format") String format) {
        Pipeline pipeline = visiblePipeline(projectKey);
        return answer(projectKey, "outcomes", format, MetricsJson.Outcomes.of(metrics.outcomes(pipeline,
                MetricsParameters.window(from, to, clock), owners.filter(pipeline, owner)).named(reasonNames)));
    }

    @GET
    @Path("/forecast")
    public Response forecast(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("owner") String owner, @QueryParam("format") String format) {
        Pipeline pipeline = visiblePipeline(projectKey);
        LocalDate[] dates = MetricsParameters.closeDates(from, to, clock);
        return answer(projectKey, "forecast", format, MetricsJson.ForecastJson.of(dates[0], dates[1],
                metrics.forecast(pipeline, dates[0], dates[1], clock.instant(), owners.filter(pipeline, owner),
                        access.dealVisibility())));
    }

    @GET
    @Path("/flow")
    public Response flow(@PathParam("projectKey") String projectKey, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("closeFrom") String closeFrom, @QueryParam("closeTo") String closeTo,
            @QueryParam("owner") String owner, @QueryParam("format") String format) {
        Pipeline pipeline = visiblePipeline(projectKey);
        Window period = MetricsParameters.window(from, to, clock, MetricsParameters.FLOW_PERIOD);
        CloseWindow window = MetricsParameters.closeWindow(closeFrom, closeTo);
        MetricsJson.FlowJson json = MetricsJson.FlowJson.of(named(pipeline), period, window,
                metrics.flow(pipeline, period, window, owners.filter(pipeline, owner)));
        return answer(projectKey, "flow", format, json, MetricsJson.FlowCsv.of(json));
    }

    @GET
    @Path("/flow/deals")
    public Response flowDeals(@PathParam("projectKey") String projectKey, @QueryParam("kind") String kind,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("closeFrom") String closeFrom,
            @QueryParam("closeTo") String closeTo, @QueryParam("owner") String owner, @QueryParam("start") String start,
            @QueryParam("limit") String limit, @QueryParam("format") String format) {
        Pipeline pipeline = visiblePipeline(projectKey);
        String list = MetricsParameters.flowList(kind);
        Window period = MetricsParameters.window(from, to, clock, MetricsParameters.FLOW_PERIOD);
        CloseWindow window = MetricsParameters.closeWindow(closeFrom, closeTo);
        int skip = MetricsParameters.start(start);
        int rows = MetricsParameters.limit(limit, MetricsParameters.FLOW_DEALS_LIMIT);
        return answer(projectKey, "flow-" + list, format, MetricsJson.FlowDeals.of(named(pipeline), period, window, list, skip,
                rows, metrics.flowDeals(pipeline, period, window, owners.filter(pipeline, owner), list,
                        access.dealVisibility(), skip, rows)));
    }

    /** The answer as JSON, or with {@code format=csv} as a CSV download named after the project and metric. */
    private static Response answer(String projectKey, String metric, String format, Record json) {
        return answer(projectKey, metric, format, json, json);
    }

    /** As above, with a table of its own for the CSV where the JSON nests values. */
    private static Response answer(String projectKey, String metric, String format, Record json, Record csv) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw RestException.badRequest("format", "sales-pipeline.error.format", format);
        }
        return Response.ok(CsvTable.of(csv), CsvTable.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + projectKey + "-" + metric + ".csv\"").build();
    }

    /** The pipeline with its stages named as the user reads them, for the answer only. */
    private Pipeline named(Pipeline pipeline) {
        return StageTexts.named(pipeline, texts);
    }

    private Pipeline visiblePipeline(String projectKey) {
        return visible.require(projectKey).pipeline();
    }
}
