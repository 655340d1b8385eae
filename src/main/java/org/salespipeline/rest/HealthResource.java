package org.salespipeline.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.salespipeline.store.StoreStatus;

/** Tells monitoring and admins that the app is installed, which version runs, and that its store answers. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class HealthResource {

    private final BuildInfo buildInfo;
    private final StoreStatus storeStatus;

    @Inject
    public HealthResource(BuildInfo buildInfo, StoreStatus storeStatus) {
        this.buildInfo = buildInfo;
        this.storeStatus = storeStatus;
    }

    @GET
    public Health health() {
        return new Health(buildInfo.name(), buildInfo.key(), buildInfo.version(), storeStatus.pipelineCount());
    }

    /** The health answer: what runs, and how many pipelines its store holds. */
    public record Health(String name, String key, String version, int pipelines) {
    }
}
