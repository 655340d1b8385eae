package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.history.RebuildProgress;
import org.salespipeline.history.RebuildProgressStore;
import org.salespipeline.history.RebuildRunner;
import org.salespipeline.text.StoredMessages;
import org.salespipeline.text.Texts;

/** Rebuilding a project's stage log from Jira's history: started by Jira admins, its progress readable by browsers. */
@Path("/pipelines/{projectKey}/history/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryRebuildResource {

    private final VisiblePipelines visible;
    private final RebuildRunner runner;
    private final RebuildProgressStore progress;
    private final AccessPolicy access;
    private final Texts texts;

    @Inject
    public HistoryRebuildResource(PipelineDirectory pipelines, RebuildRunner runner, RebuildProgressStore progress,
            AccessPolicy access, Texts texts) {
        this.visible = new VisiblePipelines(pipelines, access);
        this.runner = runner;
        this.progress = progress;
        this.access = access;
        this.texts = texts;
    }

    /** Starts a rebuild (202); when one is already under way, answers its progress (200) and starts nothing. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("projectKey") String projectKey) {
        visible.require(projectKey);
        VisiblePipelines.requireAdmin(access);
        if (runner.isActive(projectKey)) {
            return Response.ok(current(projectKey)).build();
        }
        runner.start(projectKey);
        return Response.status(202).entity(current(projectKey)).build();
    }

    @GET
    public ProgressJson get(@PathParam("projectKey") String projectKey) {
        visible.require(projectKey);
        return current(projectKey);
    }

    /** The stored progress, or QUEUED while a rebuild asked of this node has not yet begun its run. */
    private ProgressJson current(String projectKey) {
        Optional<RebuildProgress> stored = progress.find(projectKey);
        boolean storedRuns = stored.map(p -> p.state() == RebuildProgress.State.RUNNING).orElse(false);
        if (runner.isActive(projectKey) && !storedRuns) {
            return new ProgressJson(projectKey, "QUEUED", 0, 0, 0, null, null, null);
        }
        return stored.map(p -> ProgressJson.of(p, texts)).orElseGet(() -> new ProgressJson(projectKey, "NONE", 0, 0, 0, null, null, null));
    }

    /**
     * A rebuild's progress: state (NONE, QUEUED, RUNNING, FINISHED, FAILED), deals done of the total, the fraction
     * done, when it started and when it finished or failed, and why it failed.
     */
    public record ProgressJson(String project, String state, int done, int total, double fraction, String startedAt,
            String finishedAt, String message) {

        /** The progress, why it failed worded by {@code texts} in the reader's language. */
        static ProgressJson of(RebuildProgress p, Texts texts) {
            boolean ended = p.state() != RebuildProgress.State.RUNNING;
            return new ProgressJson(p.projectKey(), p.state().name(), p.done(), p.total(), p.fraction(), text(p.startedAt()),
                    ended ? text(p.updatedAt()) : null, StoredMessages.read(p.message(), texts));
        }

        private static String text(Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }
}
