package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.salespipeline.checklist.ChecklistItem;
import org.salespipeline.checklist.ChecklistTemplate;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;

/** Writes and reads the child rows of a pipeline: its stages, status mapping and checklist items. */
final class PipelineConfigRows {

    private PipelineConfigRows() {
    }

    static void write(ActiveObjects ao, int pipelineId, PipelineConfig config) {
        List<Stage> stages = config.pipeline().stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            ao.create(StageEntity.class, new DBParam("PIPELINE_ID", pipelineId), new DBParam("ORDINAL", i + 1),
                    new DBParam("STAGE_KEY", stage.key()), new DBParam("NAME", stage.name()),
                    new DBParam("PROBABILITY", stage.probability()), new DBParam("ROT_DAYS", stage.rotDays()),
                    new DBParam("GUIDANCE", stage.guidance()), new DBParam("EXIT_CRITERIA", stage.exitCriteria()));
        }
        for (MappedStatus line : config.mapping().lines()) {
            StageRef target = line.target();
            ao.create(StatusMappingEntity.class, new DBParam("PIPELINE_ID", pipelineId),
                    new DBParam("STATUS_ID", line.statusId()), new DBParam("STAGE_KEY", target.stageKey()),
                    new DBParam("OUTCOME", target.isOpenStage() ? null : target.outcome().name()));
        }
        for (ChecklistTemplate template : config.checklists().all()) {
            List<ChecklistItem> items = template.items();
            for (int i = 0; i < items.size(); i++) {
                ChecklistItem item = items.get(i);
                ao.create(ChecklistItemEntity.class, new DBParam("PIPELINE_ID", pipelineId),
                        new DBParam("STAGE_KEY", template.stageKey()), new DBParam("ITEM_KEY", item.id()),
                        new DBParam("ORDINAL", i + 1), new DBParam("LABEL", item.text()),
                        new DBParam("REQUIRED", item.required()));
            }
        }
    }

    static StatusMapping mapping(ActiveObjects ao, int pipelineId) {
        return new StatusMapping(Arrays.stream(ao.find(StatusMappingEntity.class, "PIPELINE_ID = ?", pipelineId))
                .sorted(Comparator.comparingInt(StatusMappingEntity::getID))
                .map(row -> new MappedStatus(row.getStatusId(), row.getStageKey() != null
                        ? StageRef.stage(row.getStageKey())
                        : StageRef.outcome(Outcome.valueOf(row.getOutcome()))))
                .toList());
    }

    static List<ChecklistTemplate> checklists(ActiveObjects ao, int pipelineId) {
        Map<String, List<ChecklistItem>> byStage = new LinkedHashMap<>();
        Arrays.stream(ao.find(ChecklistItemEntity.class, "PIPELINE_ID = ?", pipelineId))
                .sorted(Comparator.comparing(ChecklistItemEntity::getStageKey).thenComparingInt(ChecklistItemEntity::getOrdinal))
                .forEach(row -> byStage.computeIfAbsent(row.getStageKey(), key -> new java.util.ArrayList<>())
                        .add(new ChecklistItem(row.getItemKey(), row.getLabel(), row.isRequired())));
        return byStage.entrySet().stream().map(e -> new ChecklistTemplate(e.getKey(), e.getValue())).toList();
    }
}
