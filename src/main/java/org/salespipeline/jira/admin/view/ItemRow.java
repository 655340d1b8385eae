package org.salespipeline.jira.admin.view;

/** A checklist item of a stage. Texts are HTML-escaped already; their accessors end in "Html". */
public record ItemRow(String idHtml, String textHtml, boolean required) {
}
