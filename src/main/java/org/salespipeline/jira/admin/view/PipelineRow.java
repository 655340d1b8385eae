package org.salespipeline.jira.admin.view;

/** One pipeline in the list. Texts are HTML-escaped already; their accessors end in "Html". */
public record PipelineRow(String projectKeyHtml, String nameHtml, int stageCount, String currencyHtml) {
}
