package org.salespipeline.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.salespipeline.history.RebuildRunner;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.PipelineValidator;
import org.salespipeline.pipeline.Problem;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StatusMapping;

/**
 * Sets up a project's pipeline on its existing workflow — the safest path, which changes nothing in
 * Jira: it checks the mapping, saves it (deriving logged deals again) and rebuilds the history in the
 * background. Nothing is saved when any line is wrong, or while a line that disagrees with its status's category
 * waits for the admin's confirmation.
 */
public class PipelineSetup {

    private final PipelineDirectory directory;
    private final PipelineSettings settings;
    private final RebuildRunner rebuilds;
    private final ProjectStatuses statuses;

    public PipelineSetup(PipelineDirectory directory, PipelineSettings settings, RebuildRunner rebuilds,
            ProjectStatuses statuses) {
        this.directory = directory;
        this.settings = settings;
        this.rebuilds = rebuilds;
        this.statuses = statuses;
    }

    /**
     * Saves the mapping and starts the rebuild; throws {@link InvalidPipelineException} with every problem, or
     * {@link ConfirmationNeededException} naming the lines to confirm unless the request confirms them.
     */
    public PipelineConfig map(String projectKey, MappingRequest request) {
        PipelineConfig config = configFor(projectKey, request);
        settings.save(config);
        rebuilds.start(projectKey);
        return config;
    }

    private PipelineConfig configFor(String projectKey, MappingRequest request) {
        List<Problem> problems = new ArrayList<>();
        Optional<PipelineConfig> existing = directory.find(projectKey);
        PipelineConfig base = existing.orElseGet(() -> fromTemplate(projectKey, request, problems));
        if (base == null) {
            throw new InvalidPipelineException(problems);
        }
        List<String> stageKeys = base.pipeline().stages().stream().map(Stage::key).toList();
        StatusMapping mapping = MappingLines.read(stageKeys, request.mapping(), problems);
        List<ProjectStatuses.Status> workflow = statuses.statuses(projectKey);
        if (problems.isEmpty()) {
            problems.addAll(MappingSense.problems(mapping, workflow));
        }
        Pipeline pipeline = base.pipeline();
        if (request.name() != null && existing.isPresent()) {
            problems.addAll(PipelineValidator.validate(projectKey, request.name().strip(), pipeline.currency(), pipeline.stages()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPipelineException(problems);
        }
        if (!request.confirmed()) {
            StatusMapping before = existing.map(PipelineConfig::mapping).orElse(new StatusMapping(List.of()));
            List<Problem> toConfirm = MappingSense.toConfirm(mapping, before, workflow,
                    key -> base.pipeline().stage(key).map(Stage::name).orElse(key));
            if (!toConfirm.isEmpty()) {
                throw new ConfirmationNeededException(toConfirm, List.of("confirm"));
            }
        }
        if (request.name() != null) {
            pipeline = pipeline.withName(request.name().strip());
        }
        return new PipelineConfig(pipeline, mapping, base.policy(), base.checklists(), base.calendar());
    }

    private static PipelineConfig fromTemplate(String projectKey, MappingRequest request, List<Problem> problems) {
        if (request.template() == null) {
            problems.add(Problem.of("template", "sales-pipeline.problem.template-choose-new", PipelineTemplate.ids()));
            return null;
        }
        try {
            PipelineTemplate template = PipelineTemplate.byId(request.template());
            String name = request.name() == null ? Pipeline.defaultName(projectKey) : request.name().strip();
            String currency = request.currency() == null ? Pipeline.DEFAULT_CURRENCY : request.currency().toUpperCase(Locale.ROOT);
            return PipelineConfig.fromTemplate(template, projectKey, name, currency);
        } catch (InvalidPipelineException invalid) {
            problems.addAll(invalid.problems());
        } catch (IllegalArgumentException unknown) {
            problems.add(Problem.of("template", "sales-pipeline.problem.template-unknown", request.template(), PipelineTemplate.ids()));
        }
        return null;
    }
}
