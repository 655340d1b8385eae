package org.salespipeline.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.salespipeline.history.RebuildRunner;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StatusMapping;

/**
 * Sets up a project's pipeline on its existing workflow — the safest path, which changes nothing in
 * Jira: it checks the mapping, saves it (deriving logged deals again) and rebuilds the history in the
 * background. Nothing is saved when any line is wrong.
 */
public class PipelineSetup {

    private final PipelineDirectory directory;
    private final PipelineSettings settings;
    private final RebuildRunner rebuilds;

    public PipelineSetup(PipelineDirectory directory, PipelineSettings settings, RebuildRunner rebuilds) {
        this.directory = directory;
        this.settings = settings;
        this.rebuilds = rebuilds;
    }

    /** Saves the mapping and starts the rebuild; throws {@link InvalidPipelineException} with every problem. */
    public PipelineConfig map(String projectKey, MappingRequest request) {
        PipelineConfig config = configFor(projectKey, request);
        settings.save(config);
        rebuilds.start(projectKey);
        return config;
    }

    private PipelineConfig configFor(String projectKey, MappingRequest request) {
        List<Problem> problems = new ArrayList<>();
        PipelineConfig base = directory.find(projectKey).orElseGet(() -> fromTemplate(projectKey, request, problems));
        if (base == null) {
            throw new InvalidPipelineException(problems);
        }
        if (request.mapping().isEmpty()) {
            problems.add(new Problem("mapping", "Map at least one status to a stage."));
        }
        Set<String> stageKeys = base.pipeline().stages().stream().map(Stage::key).collect(Collectors.toSet());
        StatusMapping mapping = MappingLines.read(stageKeys, request.mapping(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidPipelineException(problems);
        }
        Pipeline pipeline = base.pipeline();
        if (request.name() != null) {
            pipeline = pipeline.withName(request.name());
        }
        return new PipelineConfig(pipeline, mapping, base.policy(), base.checklists());
    }

    private static PipelineConfig fromTemplate(String projectKey, MappingRequest request, List<Problem> problems) {
        if (request.template() == null) {
            problems.add(new Problem("template", "Choose a template for the new pipeline: seven-stage, six-stage, five-stage or four-stage."));
            return null;
        }
        try {
            PipelineTemplate template = PipelineTemplate.byId(request.template());
            String name = request.name() == null ? projectKey + " sales" : request.name();
            String currency = request.currency() == null ? "USD" : request.currency().toUpperCase(Locale.ROOT);
            return PipelineConfig.fromTemplate(template, projectKey, name, currency);
        } catch (InvalidPipelineException invalid) {
            problems.addAll(invalid.problems());
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem("template", unknown.getMessage()));
        }
        return null;
    }
}
