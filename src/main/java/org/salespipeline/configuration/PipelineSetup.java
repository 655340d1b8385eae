package org.salespipeline.configuration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.salespipeline.history.RebuildRunner;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.StageRef;
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
        StatusMapping mapping = mapping(base.pipeline(), request.mapping(), problems);
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

    private static StatusMapping mapping(Pipeline pipeline, List<MappingRequest.Line> lines, List<Problem> problems) {
        if (lines.isEmpty()) {
            problems.add(new Problem("mapping", "Map at least one status to a stage."));
        }
        List<MappedStatus> mapped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            MappingRequest.Line line = lines.get(i);
            String field = "mapping[" + i + "]";
            if (line.status() == null || line.status().isBlank()) {
                problems.add(new Problem(field + ".status", "Name the status to map."));
            } else if (!seen.add(line.status())) {
                problems.add(new Problem(field + ".status", "Status " + line.status() + " is mapped more than once."));
            }
            StageRef target = target(pipeline, line, field, problems);
            if (target != null && line.status() != null && !line.status().isBlank()) {
                mapped.add(new MappedStatus(line.status(), target));
            }
        }
        return new StatusMapping(mapped);
    }

    private static StageRef target(Pipeline pipeline, MappingRequest.Line line, String field, List<Problem> problems) {
        if ((line.stage() == null) == (line.outcome() == null)) {
            problems.add(new Problem(field, "Map the status to either a stage or an outcome."));
            return null;
        }
        if (line.stage() != null) {
            if (pipeline.stage(line.stage()).isEmpty()) {
                problems.add(new Problem(field + ".stage", "The pipeline has no stage " + line.stage() + "."));
                return null;
            }
            return StageRef.stage(line.stage());
        }
        try {
            return StageRef.outcome(Outcome.valueOf(line.outcome()));
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(field + ".outcome", "The outcome must be WON, LOST or DISQUALIFIED, not " + line.outcome() + "."));
            return null;
        }
    }
}
