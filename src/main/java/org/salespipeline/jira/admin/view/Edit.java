package org.salespipeline.jira.admin.view;

import java.util.List;

/** The edit page of a pipeline. Texts are HTML-escaped already; their accessors end in "Html". */
public record Edit(String projectKeyHtml, String nameHtml, String currencyHtml, List<StageRow> stages,
        List<StatusRow> statuses, int unmappedCount, String thresholdHtml, List<CriterionRow> criteria) {
}
