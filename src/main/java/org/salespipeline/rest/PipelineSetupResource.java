package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.configuration.MappingRequest;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.configuration.PipelineEdit;
import org.salespipeline.configuration.PipelineEditor;
import org.salespipeline.configuration.PipelineSetup;

/** A project's pipeline set-up: read by those who may browse the project, changed by Jira admins (JSON only). */
@Path("/pipelines/{projectKey}")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineSetupResource {

    private final VisiblePipelines visible;
    private final PipelineSetup setup;
    private final PipelineEditor editor;
    private final SetupAnswers answers;
    private final AccessPolicy access;

    @Inject
    public PipelineSetupResource(PipelineDirectory pipelines, PipelineSetup setup, PipelineEditor editor,
            SetupAnswers answers, AccessPolicy access) {
        this.visible = new VisiblePipelines(pipelines, access);
        this.setup = setup;
        this.editor = editor;
        this.answers = answers;
        this.access = access;
    }

    @GET
    public SetupJson get(@PathParam("projectKey") String projectKey) {
        return answers.of(visible.require(projectKey), false);
    }

    /** Replaces name, currency, stages, BANT policy and checklists (and the mapping when sent); nothing is saved on error. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SetupJson replace(@PathParam("projectKey") String projectKey, PipelineEdit edit) {
        var current = visible.require(projectKey);
        VisiblePipelines.requireAdmin(access);
        if (edit == null) {
            throw RestException.badRequest(null, "sales-pipeline.error.setup-json");
        }
        return answers.of(editor.replace(current, edit), false);
    }

    /** Runs the project's pipeline on its existing workflow statuses, then rebuilds its history. */
    @PUT
    @Path("/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    public SetupJson map(@PathParam("projectKey") String projectKey, MappingRequest request) {
        VisiblePipelines.requireUser(access);
        if (!access.canBrowseProject(projectKey)) {
            throw RestException.notFound("projectKey", "sales-pipeline.error.no-project", projectKey);
        }
        VisiblePipelines.requireAdmin(access);
        if (request == null) {
            throw RestException.badRequest("mapping", "sales-pipeline.error.mapping-json");
        }
        return answers.of(setup.map(projectKey, request), true);
    }
}
