package org.salespipeline.configuration;

import java.util.List;
import java.util.Map;

/**
 * An admin's replacement of a pipeline's set-up: name, currency, stages in order, optionally the status mapping (the
 * current one is kept when it is null), the BANT policy and the checklist templates by stage key. Numbers are boxed
 * so that a missing one is reported rather than read as 0.
 */
public record PipelineEdit(String name, String currency, List<StageEdit> stages, List<MappingRequest.Line> mapping,
        PolicyEdit policy, Map<String, ChecklistEdit> checklists) {

    /** One stage; a new stage may leave its key out, and gets one made from its name. */
    public record StageEdit(String key, String name, Integer probability, Integer rotDays, String guidance,
            String exitCriteria) {
    }

    /**
     * The score a deal needs to get past the gate stage (0–4), the criteria that must be confirmed, and the gate
     * stage's key: an empty text for a pipeline without a gate; left out (null), the current gate stays.
     */
    public record PolicyEdit(Double threshold, List<String> mandatory, String gateStage) {
    }

    /** A stage's checklist; no items means the stage has none. */
    public record ChecklistEdit(List<ItemEdit> items) {
    }

    /** One checklist item; a new item leaves its id out and gets a new one. */
    public record ItemEdit(String id, String text, Boolean required) {
    }
}
