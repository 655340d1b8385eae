package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.jira.system.SystemCheck;
import org.salespipeline.jira.system.SystemReport;

/** What works in this Jira: the system check, for Jira administrators. */
@Path("/system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    private final SystemCheck check;
    private final AccessPolicy access;

    @Inject
    public SystemResource(SystemCheck check, AccessPolicy access) {
        this.check = check;
        this.access = access;
    }

    @GET
    public SystemReport report() {
        VisiblePipelines.requireUser(access);
        if (!access.isAdmin()) {
            throw RestException.of(403, null, "sales-pipeline.error.system-admin-only");
        }
        return check.report();
    }
}
