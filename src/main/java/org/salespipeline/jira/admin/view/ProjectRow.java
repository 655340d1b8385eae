package org.salespipeline.jira.admin.view;

/** One project without a pipeline. Texts are HTML-escaped already; their accessors end in "Html". */
public record ProjectRow(String keyHtml, String nameHtml) {
}
