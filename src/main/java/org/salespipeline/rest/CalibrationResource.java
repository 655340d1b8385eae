package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.forecast.Calibrations;
import org.salespipeline.forecast.LearntProbabilities;
import org.salespipeline.forecast.StageCalibration;

/**
 * Each stage's win probability as of an instant, learnt from the pipeline's history, for users who may browse it; Jira
 * admins may adopt the learnt values as the configured ones.
 */
@Path("/pipelines/{projectKey}/calibration")
@Produces(MediaType.APPLICATION_JSON)
public class CalibrationResource {

    private final VisiblePipelines visible;
    private final AccessPolicy access;
    private final Calibrations calibrations;
    private final LearntProbabilities learnt;
    private final Clock clock;

    @Inject
    public CalibrationResource(PipelineDirectory pipelines, AccessPolicy access, Calibrations calibrations,
            LearntProbabilities learnt, Clock clock) {
        this.visible = new VisiblePipelines(pipelines, access);
        this.access = access;
        this.calibrations = calibrations;
        this.learnt = learnt;
        this.clock = clock;
    }

    /** The open stages in order, as of {@code at} (default now) over {@code lookbackDays} (default 365). */
    @GET
    public CalibrationJson calibration(@PathParam("projectKey") String projectKey, @QueryParam("at") String at,
            @QueryParam("lookbackDays") String lookbackDays) {
        var pipeline = visible.require(projectKey).pipeline();
        Instant instant = MetricsParameters.at(at, clock);
        int days = MetricsParameters.lookbackDays(lookbackDays);
        return new CalibrationJson(instant.toString(), days, calibrations.calibration(pipeline, instant, days));
    }

    /**
     * Sets each stage that learnt its probability as of now over {@code lookbackDays} (default 365) to it, rounded to a
     * whole percent, saved as any set-up change and kept in the probability history; answers every stage's
     * probability as it then is.
     */
    @POST
    @Path("/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdoptedJson adopt(@PathParam("projectKey") String projectKey, @QueryParam("lookbackDays") String lookbackDays) {
        PipelineConfig current = visible.require(projectKey);
        VisiblePipelines.requireAdmin(access);
        int days = MetricsParameters.lookbackDays(lookbackDays);
        PipelineConfig saved = learnt.adopt(current, clock.instant(), days);
        return new AdoptedJson(saved.pipeline().stages().stream().map(stage -> new AdoptedStage(stage.key(),
                stage.probability(), current.pipeline().stage(stage.key()).orElseThrow().probability()
                        != stage.probability())).toList());
    }

    /** Every stage's configured probability after adopting, and whether adopting changed it. */
    public record AdoptedJson(List<AdoptedStage> stages) {
    }

    public record AdoptedStage(String key, int probability, boolean changed) {
    }

    /** The answer: the instant and lookback it is for, and each stage with its evidence. */
    public record CalibrationJson(String at, int lookbackDays, List<StageCalibration> stages) {
    }
}
