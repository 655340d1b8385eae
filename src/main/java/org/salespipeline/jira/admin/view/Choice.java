package org.salespipeline.jira.admin.view;

/** A choice in a select: its value and label. Texts are HTML-escaped already; their accessors end in "Html". */
public record Choice(String valueHtml, String labelHtml) {
}
