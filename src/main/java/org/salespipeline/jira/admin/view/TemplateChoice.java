package org.salespipeline.jira.admin.view;

/**
 * A template to start from: its id (its display name is the i18n text named by it), its stages' names in order, and
 * its stages as JSON for the page's script. Texts are HTML-escaped already; their accessors end in "Html".
 */
public record TemplateChoice(String idHtml, String stageNamesHtml, String stagesJsonHtml) {
}
