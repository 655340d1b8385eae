package org.salespipeline.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.salespipeline.checklist.ChecklistTemplate;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.ProjectStatuses;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRules;
import org.salespipeline.provisioning.ReasonFields;

/**
 * A pipeline's whole set-up as JSON: stages in order with their guidance, the status mapping, the workflow statuses
 * of the project (and which of them are unmapped), the BANT policy, the checklist templates by stage, the reason
 * fields as the project's deals see them, the limits every field of an edit keeps, whether a history rebuild
 * started, and the calendar the pipeline's periods follow: its IANA time zone id and the month (1–12) its fiscal
 * year starts in.
 */
public record SetupJson(String project, String name, String currency, String timeZone, int fiscalYearStart,
        List<StageJson> stages, List<MappingJson> mapping,
        List<StatusJson> statuses, List<StatusJson> unmappedStatuses, PolicyJson policy,
        Map<String, ChecklistJson> checklists, List<ReasonFields.ReasonField> reasonFields, LimitsJson limits,
        boolean rebuildStarted) {

    static SetupJson of(PipelineConfig config, List<ProjectStatuses.Status> workflow,
            List<ReasonFields.ReasonField> reasonFields, boolean rebuildStarted) {
        Set<String> mapped = config.mapping().lines().stream().map(MappedStatus::statusId).collect(Collectors.toSet());
        List<StatusJson> statuses = workflow.stream().map(s -> new StatusJson(s.id(), s.name(), s.category())).toList();
        Map<String, ChecklistJson> checklists = new LinkedHashMap<>();
        for (Stage stage : config.pipeline().stages()) {
            config.checklists().forStage(stage.key()).ifPresent(t -> checklists.put(stage.key(), ChecklistJson.of(t)));
        }
        return new SetupJson(config.projectKey(), config.pipeline().name(), config.pipeline().currency(),
                config.calendar().zoneId(), config.calendar().fiscalYearStart().getValue(),
                config.pipeline().stages().stream().map(StageJson::of).toList(),
                config.mapping().lines().stream().map(line -> new MappingJson(line.statusId(), line.target().stageKey(),
                        line.target().isOpenStage() ? null : line.target().outcome().name())).toList(),
                statuses,
                statuses.stream().filter(status -> !mapped.contains(status.id())).toList(),
                new PolicyJson(config.policy().threshold(),
                        config.policy().mandatory().stream().map(Enum::name).sorted().toList(),
                        config.policy().gateStage()),
                checklists, reasonFields, LimitsJson.RULES, rebuildStarted);
    }

    /** One stage with its numbers, guidance and exit criteria. */
    public record StageJson(String key, String name, int probability, int rotDays, String guidance, String exitCriteria) {
        static StageJson of(Stage stage) {
            return new StageJson(stage.key(), stage.name(), stage.probability(), stage.rotDays(), stage.guidance(),
                    stage.exitCriteria());
        }
    }

    /** The limits of {@link StageRules}: lengths of names and texts, and the bounds of a stage's whole numbers. */
    public record LimitsJson(int nameMaxLength, int textMaxLength, int itemTextMaxLength, RangeJson probability,
            RangeJson rotDays) {

        static final LimitsJson RULES = new LimitsJson(StageRules.MAX_NAME_LENGTH, StageRules.MAX_TEXT_LENGTH,
                StageRules.MAX_ITEM_TEXT_LENGTH, RangeJson.of(StageRules.PROBABILITY), RangeJson.of(StageRules.ROT_DAYS));
    }

    /** A whole number's bounds, both included. */
    public record RangeJson(int min, int max) {
        static RangeJson of(StageRules.WholeNumber rule) {
            return new RangeJson(rule.min(), rule.max());
        }
    }

    /** One mapped status: its id and the stage or outcome it stands for. */
    public record MappingJson(String status, String stage, String outcome) {
    }

    /** One workflow status of the project. */
    public record StatusJson(String id, String name, String category) {
    }

    /** The BANT score needed to get past the gate stage, the criteria that must be confirmed, and the gate (null: none). */
    public record PolicyJson(double threshold, List<String> mandatory, String gateStage) {
    }

    /** A stage's checklist template. */
    public record ChecklistJson(List<ItemJson> items) {
        static ChecklistJson of(ChecklistTemplate template) {
            return new ChecklistJson(template.items().stream().map(i -> new ItemJson(i.id(), i.text(), i.required())).toList());
        }
    }

    /** One checklist item. */
    public record ItemJson(String id, String text, boolean required) {
    }
}
