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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.provisioning.PipelineProvisioning;
import org.salespipeline.provisioning.ProvisioningRequest;
import org.salespipeline.text.Texts;

/**
 * Provisions a project's pipeline from a template (Jira admins, JSON only), and hands out the sales
 * workflow's XML for Jira's "Import from XML" when provisioning cannot finish by itself.
 */
@Path("/pipelines/{projectKey}/setup")
public class PipelineProvisionResource {

    private final PipelineProvisioning provisioning;
    private final AccessPolicy access;
    private final Texts texts;

    @Inject
    public PipelineProvisionResource(PipelineProvisioning provisioning, AccessPolicy access, Texts texts) {
        this.provisioning = provisioning;
        this.access = access;
        this.texts = texts;
    }

    /** Creates or reuses every Jira part of the pipeline; a step that fails leaves Jira as it was and answers the XML. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ProvisioningJson provision(@PathParam("projectKey") String projectKey, ProvisioningRequest request) {
        requireAdmin(projectKey);
        if (request == null) {
            throw RestException.badRequest("template", "sales-pipeline.error.template-json", "{\"template\":\"five-stage\"}");
        }
        return ProvisioningJson.of(provisioning.provision(projectKey, request), texts);
    }

    /** The workflow XML to import by hand, as a file download. */
    @GET
    @Path("/workflow.xml")
    @Produces(MediaType.APPLICATION_XML)
    public Response workflowXml(@PathParam("projectKey") String projectKey, @QueryParam("template") String template,
            @QueryParam("name") String name) {
        requireAdmin(projectKey);
        PipelineProvisioning.HandOver handOver = provisioning.handOver(projectKey, new ProvisioningRequest(template, name, null));
        return Response.ok(handOver.workflowXml(), MediaType.APPLICATION_XML_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(handOver.workflowName()) + ".xml\"")
                .build();
    }

    private void requireAdmin(String projectKey) {
        VisiblePipelines.requireUser(access);
        if (!access.canBrowseProject(projectKey)) {
            throw RestException.notFound("projectKey", "sales-pipeline.error.no-project", projectKey);
        }
        if (!access.isAdmin()) {
            throw RestException.of(403, null, "sales-pipeline.error.admin-only");
        }
    }

    /** Keeps the file name to characters every browser accepts in the header. */
    private static String fileName(String workflowName) {
        return workflowName.replaceAll("[^A-Za-z0-9 ._-]", "_");
    }
}
