package org.salespipeline.jira.admin;

import java.time.Clock;
import org.salespipeline.forecast.Calibration;
import org.salespipeline.forecast.Calibrations;
import org.salespipeline.forecast.LearntProbabilities;
import org.salespipeline.forecast.StageCalibration;
import org.salespipeline.jira.admin.view.CalibrationRow;
import org.salespipeline.jira.admin.view.CalibrationView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.checklist.ChecklistTemplate;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.configuration.ProjectStatuses;
import org.salespipeline.jira.admin.view.Choice;
import org.salespipeline.jira.admin.view.CriterionRow;
import org.salespipeline.jira.admin.view.Edit;
import org.salespipeline.jira.admin.view.ItemRow;
import org.salespipeline.jira.admin.view.Limits;
import org.salespipeline.jira.admin.view.PipelineList;
import org.salespipeline.jira.admin.view.PipelineRow;
import org.salespipeline.jira.admin.view.ProjectRow;
import org.salespipeline.jira.admin.view.Setup;
import org.salespipeline.jira.admin.view.StageRow;
import org.salespipeline.jira.admin.view.StatusRow;
import org.salespipeline.jira.admin.view.TemplateChoice;
import org.salespipeline.jira.web.Html;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;
import org.salespipeline.qualification.BantCriterion;

/** Builds the admin pages' views from the pipelines, the host's projects and their workflow statuses. */
public class AdminViews {

    private final PipelineDirectory pipelines;
    private final ProjectStatuses projects;
    private final AccessPolicy access;
    private final Calibrations calibrations;
    private final Clock clock;

    public AdminViews(PipelineDirectory pipelines, ProjectStatuses projects, AccessPolicy access,
            Calibrations calibrations, Clock clock) {
        this.pipelines = pipelines;
        this.projects = projects;
        this.access = access;
        this.calibrations = calibrations;
        this.clock = clock;
    }

    public PipelineList list() {
        List<PipelineConfig> all = pipelines.all();
        Set<String> configured = all.stream().map(PipelineConfig::projectKey).collect(Collectors.toSet());
        return new PipelineList(
                all.stream().map(c -> new PipelineRow(Html.escape(c.projectKey()), Html.escape(c.pipeline().name()),
                        c.pipeline().size(), Html.escape(c.pipeline().currency()))).toList(),
                projects.projects().stream()
                        .filter(p -> !configured.contains(p.key()) && access.canBrowseProject(p.key()))
                        .map(p -> new ProjectRow(Html.escape(p.key()), Html.escape(p.name()))).toList());
    }

    /** The set-up page of a project the admin may browse; empty for any other key. */
    public Optional<Setup> setup(String projectKey) {
        Optional<ProjectStatuses.Project> project = project(projectKey);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        Optional<PipelineConfig> config = pipelines.find(projectKey);
        StatusMapping mapping = config.map(PipelineConfig::mapping).orElse(new StatusMapping(List.of()));
        List<Choice> stages = config.map(c -> c.pipeline().stages()).orElse(List.of()).stream()
                .map(s -> new Choice(Html.escape(s.key()), Html.escape(s.name()))).toList();
        List<TemplateChoice> templates = Stream.of(PipelineTemplate.values()).map(AdminViews::template).toList();
        return Optional.of(new Setup(Html.escape(projectKey), Html.escape(project.get().name()), config.isPresent(),
                statusRows(projectKey, mapping), stages, templates, Html.escape(Pipeline.defaultName(projectKey)),
                Limits.RULES));
    }

    /** The edit page of a pipeline; empty when the project has none or the admin may not browse it. */
    public Optional<Edit> edit(String projectKey) {
        if (!access.canBrowseProject(projectKey)) {
            return Optional.empty();
        }
        return pipelines.find(projectKey).map(config -> {
            List<StatusRow> statuses = statusRows(projectKey, config.mapping());
            return new Edit(Html.escape(projectKey), Html.escape(config.pipeline().name()),
                    Html.escape(config.pipeline().currency()),
                    config.pipeline().stages().stream().map(s -> stageRow(s, config)).toList(),
                    statuses, (int) statuses.stream().filter(StatusRow::unmapped).count(),
                    Html.escape(BigDecimal.valueOf(config.policy().threshold()).stripTrailingZeros().toPlainString()),
                    Stream.of(BantCriterion.values())
                            .map(c -> new CriterionRow(c.name(), config.policy().mandatory().contains(c))).toList(),
                    config.pipeline().stages().stream().map(s -> new Choice(Html.escape(s.key()), Html.escape(s.name())))
                            .toList(),
                    Html.escape(config.policy().gate().orElse("")), Limits.RULES);
        });
    }

    /**
     * The learnt win probabilities of a pipeline as of now over the default lookback, beside today's probabilities;
     * empty when the project has none or the admin may not browse it.
     */
    public Optional<CalibrationView> calibration(String projectKey) {
        if (!access.canBrowseProject(projectKey)) {
            return Optional.empty();
        }
        int days = Calibration.DEFAULT_LOOKBACK_DAYS;
        return pipelines.find(projectKey).map(config -> {
            List<CalibrationRow> rows = calibrations.calibration(config.pipeline(), clock.instant(), days).stream()
                    .map(stage -> calibrationRow(config.pipeline().stage(stage.key()).orElseThrow(), stage)).toList();
            return new CalibrationView(rows, days, Calibration.MIN_CLOSED,
                    (int) rows.stream().filter(CalibrationRow::changes).count());
        });
    }

    private static CalibrationRow calibrationRow(Stage stage, StageCalibration learnt) {
        int adopted = learnt.fallback() ? stage.probability() : LearntProbabilities.rounded(learnt);
        return new CalibrationRow(Html.escape(stage.key()), Html.escape(stage.name()), stage.probability(), adopted,
                learnt.closed(), learnt.won(), (int) Math.round(learnt.low()), (int) Math.round(learnt.high()),
                learnt.fallback(), adopted != stage.probability());
    }

    private Optional<ProjectStatuses.Project> project(String projectKey) {
        if (!access.canBrowseProject(projectKey)) {
            return Optional.empty();
        }
        return projects.projects().stream().filter(p -> p.key().equals(projectKey)).findFirst();
    }

    private List<StatusRow> statusRows(String projectKey, StatusMapping mapping) {
        return projects.statuses(projectKey).stream().map(status -> {
            Optional<StageRef> target = mapping.lookup(status.id());
            return new StatusRow(Html.escape(status.id()), Html.escape(status.name()), Html.escape(status.category()),
                    Html.escape(target.map(StageRef::toString).orElse("")), target.isEmpty());
        }).toList();
    }

    private static StageRow stageRow(Stage stage, PipelineConfig config) {
        List<ItemRow> items = config.checklists().forStage(stage.key()).map(ChecklistTemplate::items).orElse(List.of())
                .stream().map(i -> new ItemRow(Html.escape(i.id()), Html.escape(i.text()), i.required())).toList();
        return new StageRow(Html.escape(stage.key()), Html.escape(stage.name()), stage.probability(), stage.rotDays(),
                Html.escape(stage.guidance()), Html.escape(stage.exitCriteria()), items);
    }

    private static TemplateChoice template(PipelineTemplate template) {
        List<Stage> stages = template.stages();
        String names = stages.stream().map(Stage::name).collect(Collectors.joining(", "));
        String json = stages.stream().map(s -> "{\"key\":\"" + s.key() + "\",\"name\":\"" + s.name() + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        return new TemplateChoice(Html.escape(template.id()), Html.escape(names), Html.escape(json));
    }
}
