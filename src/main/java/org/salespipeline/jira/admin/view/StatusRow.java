package org.salespipeline.jira.admin.view;

/** A workflow status with the stage key or outcome it maps to (empty when unmapped). Texts are HTML-escaped already; their accessors end in "Html". */
public record StatusRow(String idHtml, String nameHtml, String categoryHtml, String targetHtml, boolean unmapped) {
}
