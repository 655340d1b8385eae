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
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.text.Texts;

/**
 * The periods of a project's pipeline at an instant (now by default), in its time zone and fiscal year, for users who
 * may browse the project: the gadgets read their weeks, months and quarters here rather than compute them.
 */
@Path("/pipelines/{projectKey}/periods")
@Produces(MediaType.APPLICATION_JSON)
public class PipelinePeriodsResource {

    private final VisiblePipelines visible;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public PipelinePeriodsResource(PipelineDirectory pipelines, AccessPolicy access, Clock clock, Texts texts) {
        this.visible = new VisiblePipelines(pipelines, access);
        this.clock = clock;
        this.texts = texts;
    }

    /** The periods at {@code at}; with {@code firstDay} and {@code lastDay} (dates, both or neither) also theirs. */
    @GET
    public PeriodsJson periods(@PathParam("projectKey") String projectKey, @QueryParam("at") String at,
            @QueryParam("firstDay") String firstDay, @QueryParam("lastDay") String lastDay) {
        PipelineConfig config = visible.require(projectKey);
        Instant instant = MetricsParameters.at(at, clock);
        LocalDate[] days = MetricsParameters.days(firstDay, lastDay);
        return PeriodsJson.of(projectKey, config.calendar(), instant, days == null ? null : days[0],
                days == null ? null : days[1], texts);
    }
}
