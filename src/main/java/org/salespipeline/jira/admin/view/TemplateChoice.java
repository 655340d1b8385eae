package org.salespipeline.jira.admin.view;

/** A template to start from: its id, a label naming its stages, and its stages as JSON for the page's script. Texts are HTML-escaped already; their accessors end in "Html". */
public record TemplateChoice(String idHtml, String labelHtml, String stagesJsonHtml) {
}
