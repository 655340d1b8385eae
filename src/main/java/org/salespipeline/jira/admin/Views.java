package org.salespipeline.jira.admin;

import java.util.List;

/**
 * The view records the admin templates receive. Every text is HTML-escaped already; the accessors end in "Html" so
 * that a host which escapes template output by itself leaves them alone.
 */
public final class Views {

    private Views() {
    }

    /** The pipelines page: every pipeline, and the projects the admin may browse that have none. */
    public record PipelineList(List<PipelineRow> pipelines, List<ProjectRow> unconfigured) {
    }

    /** One pipeline in the list. */
    public record PipelineRow(String projectKeyHtml, String nameHtml, int stageCount, String currencyHtml) {
    }

    /** One project without a pipeline. */
    public record ProjectRow(String keyHtml, String nameHtml) {
    }

    /** A workflow status with the stage key or outcome it maps to (empty when unmapped). */
    public record StatusRow(String idHtml, String nameHtml, String categoryHtml, String targetHtml, boolean unmapped) {
    }

    /** A choice in a select: its value and label. */
    public record Choice(String valueHtml, String labelHtml) {
    }

    /** A template to start from: its id, a label naming its stages, and its stages as JSON for the page's script. */
    public record TemplateChoice(String idHtml, String labelHtml, String stagesJsonHtml) {
    }

    /** The set-up page of a project. */
    public record Setup(String projectKeyHtml, String projectNameHtml, boolean hasPipeline, List<StatusRow> statuses,
            List<Choice> stages, List<TemplateChoice> templates) {
    }

    /** A checklist item of a stage. */
    public record ItemRow(String idHtml, String textHtml, boolean required) {
    }

    /** A stage with its numbers, texts and checklist. */
    public record StageRow(String keyHtml, String nameHtml, int probability, int rotDays, String guidanceHtml,
            String exitCriteriaHtml, List<ItemRow> items) {
    }

    /** A BANT criterion and whether it is mandatory. */
    public record CriterionRow(String name, boolean mandatory) {
    }

    /** The edit page of a pipeline. */
    public record Edit(String projectKeyHtml, String nameHtml, String currencyHtml, List<StageRow> stages,
            List<StatusRow> statuses, int unmappedCount, String thresholdHtml, List<CriterionRow> criteria) {
    }
}
