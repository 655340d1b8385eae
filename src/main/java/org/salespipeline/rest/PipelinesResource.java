package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.pipeline.StageTexts;
import org.salespipeline.text.Texts;

/** The pipelines of the projects the user may browse, as gadgets and pages list them. */
@Path("/pipelines")
@Produces(MediaType.APPLICATION_JSON)
public class PipelinesResource {

    private final PipelineDirectory pipelines;
    private final AccessPolicy access;
    private final Texts texts;

    /** The resource; {@code texts} names each template stage in the user's language. */
    @Inject
    public PipelinesResource(PipelineDirectory pipelines, AccessPolicy access, Texts texts) {
        this.pipelines = pipelines;
        this.access = access;
        this.texts = texts;
    }

    @GET
    public PipelineList list() {
        VisiblePipelines.requireUser(access);
        return new PipelineList(pipelines.all().stream()
                .filter(config -> access.canBrowseProject(config.projectKey()))
                .map(this::summary)
                .toList());
    }

    private PipelineSummary summary(PipelineConfig config) {
        return new PipelineSummary(config.projectKey(), config.pipeline().name(), config.pipeline().currency(),
                config.pipeline().stages().stream().map(s -> new StageName(s.key(), StageTexts.name(s, texts))).toList());
    }

    /** The answer: one entry per visible pipeline, ordered by project key. */
    public record PipelineList(List<PipelineSummary> pipelines) {
    }

    /** A pipeline's project, name, currency and stages in order. */
    public record PipelineSummary(String project, String name, String currency, List<StageName> stages) {
    }

    /** A stage's key and display name. */
    public record StageName(String key, String name) {
    }
}
