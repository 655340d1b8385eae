package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.configuration.MappingRequest;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.configuration.PipelineSetup;

/** A project's pipeline set-up: read by those who may browse the project, mapped by Jira admins (JSON only). */
@Path("/pipelines/{projectKey}")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineSetupResource {

    private final VisiblePipelines visible;
    private final PipelineSetup setup;
    private final AccessPolicy access;

    @Inject
    public PipelineSetupResource(PipelineDirectory pipelines, PipelineSetup setup, AccessPolicy access) {
        this.visible = new VisiblePipelines(pipelines, access);
        this.setup = setup;
        this.access = access;
    }

    @GET
    public SetupJson get(@PathParam("projectKey") String projectKey) {
        return SetupJson.of(visible.require(projectKey), false);
    }

    /** Runs the project's pipeline on its existing workflow statuses, then rebuilds its history. */
    @PUT
    @Path("/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    public SetupJson map(@PathParam("projectKey") String projectKey, MappingRequest request) {
        VisiblePipelines.requireUser(access);
        if (!access.canBrowseProject(projectKey)) {
            throw RestException.notFound("projectKey", "There is no project " + projectKey + ".");
        }
        if (!access.isAdmin()) {
            throw new RestException(403, List.of(new RestException.FieldError(null,
                    "Only Jira administrators may set up sales pipelines.")));
        }
        if (request == null) {
            throw RestException.badRequest("mapping", "Send the status mapping as JSON.");
        }
        return SetupJson.of(setup.map(projectKey, request), true);
    }

    /** A set-up as JSON: the pipeline's stages and status mapping, and whether a history rebuild started. */
    public record SetupJson(String project, String name, String currency, List<StageJson> stages,
            List<MappingJson> mapping, boolean rebuildStarted) {

        static SetupJson of(PipelineConfig config, boolean rebuildStarted) {
            return new SetupJson(config.projectKey(), config.pipeline().name(), config.pipeline().currency(),
                    config.pipeline().stages().stream().map(s -> new StageJson(s.key(), s.name(), s.probability(),
                            s.rotDays())).toList(),
                    config.mapping().lines().stream().map(line -> new MappingJson(line.statusId(),
                            line.target().stageKey(), line.target().isOpenStage() ? null : line.target().outcome().name()))
                            .toList(),
                    rebuildStarted);
        }
    }

    /** One stage with its numbers. */
    public record StageJson(String key, String name, int probability, int rotDays) {
    }

    /** One mapped status. */
    public record MappingJson(String status, String stage, String outcome) {
    }
}
