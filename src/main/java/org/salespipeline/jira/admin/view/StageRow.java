package org.salespipeline.jira.admin.view;

import java.util.List;

/** A stage with its numbers, texts and checklist. Texts are HTML-escaped already; their accessors end in "Html". */
public record StageRow(String keyHtml, String nameHtml, int probability, int rotDays, String guidanceHtml,
        String exitCriteriaHtml, List<ItemRow> items) {
}
