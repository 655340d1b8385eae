package org.salespipeline.configuration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An admin's replacement of a pipeline's set-up: name, currency, stages in order, optionally the status mapping (the
 * current one is kept when it is null), the BANT policy and the checklist templates by stage key; where the statuses
 * of removed stages go; and whether the admin confirms mapping lines that disagree with their status's category.
 * The calendar its periods follow: the IANA time zone id and the fiscal year's first month (1–12); left out (null),
 * each keeps its current value. Numbers are read as sent (a decimal is not cut to a whole number) so that each is
 * checked against its rule.
 */
public record PipelineEdit(String name, String currency, List<StageEdit> stages, List<MappingRequest.Line> mapping,
        PolicyEdit policy, Map<String, ChecklistEdit> checklists, Map<String, RemovedStage> removedStages,
        Boolean confirm, String timeZone, BigDecimal fiscalYearStart) {

    /** An edit that keeps the pipeline's calendar. */
    public PipelineEdit(String name, String currency, List<StageEdit> stages, List<MappingRequest.Line> mapping,
            PolicyEdit policy, Map<String, ChecklistEdit> checklists, Map<String, RemovedStage> removedStages,
            Boolean confirm) {
        this(name, currency, stages, mapping, policy, checklists, removedStages, confirm, null, null);
    }

    /** An edit without removed-stage answers and without confirmation. */
    public PipelineEdit(String name, String currency, List<StageEdit> stages, List<MappingRequest.Line> mapping,
            PolicyEdit policy, Map<String, ChecklistEdit> checklists) {
        this(name, currency, stages, mapping, policy, checklists, null, null, null, null);
    }

    /** The same edit with the calendar's time zone and fiscal-year start month as given. */
    public PipelineEdit withCalendar(String zone, BigDecimal month) {
        return new PipelineEdit(name, currency, stages, mapping, policy, checklists, removedStages, confirm, zone, month);
    }

    public boolean confirmed() {
        return Boolean.TRUE.equals(confirm);
    }

    /** One stage: an existing stage by its key, or a new one without key, which gets a key made from its name. */
    public record StageEdit(String key, String name, BigDecimal probability, BigDecimal rotDays, String guidance,
            String exitCriteria) {

        public StageEdit(String key, String name, int probability, int rotDays, String guidance, String exitCriteria) {
            this(key, name, BigDecimal.valueOf(probability), BigDecimal.valueOf(rotDays), guidance, exitCriteria);
        }
    }

    /**
     * Where the statuses of a removed stage go: the key of a stage of the edited pipeline, or null for unmapped.
     * Naming a removed stage here also confirms that its open deals and stays are derived again.
     */
    public record RemovedStage(String mapTo) {
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
