package org.salespipeline.jira.admin.view;

import java.util.List;

/**
 * The edit page of a pipeline. Texts are HTML-escaped already; their accessors end in "Html". The gate choices are
 * the pipeline's stages; {@code gateStageHtml} is the chosen one's key, empty for a pipeline without a gate. The
 * limits are those the inputs state. The time zone choices are every zone a pipeline may follow, {@code
 * timeZoneHtml} the chosen one; {@code fiscalYearStart} is the month (1–12) its fiscal year starts in.
 */
public record Edit(String projectKeyHtml, String nameHtml, String currencyHtml, List<StageRow> stages,
        List<StatusRow> statuses, int unmappedCount, String thresholdHtml, List<CriterionRow> criteria,
        List<Choice> gateChoices, String gateStageHtml, Limits limits, List<Choice> timeZones, String timeZoneHtml,
        int fiscalYearStart) {
}
