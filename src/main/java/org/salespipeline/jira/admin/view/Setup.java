package org.salespipeline.jira.admin.view;

import java.util.List;

/**
 * The set-up page of a project. Texts are HTML-escaped already; their accessors end in "Html". The default name is
 * the one the server gives a pipeline set up without a name; the limits are those the inputs state.
 */
public record Setup(String projectKeyHtml, String projectNameHtml, boolean hasPipeline, List<StatusRow> statuses,
        List<Choice> stages, List<TemplateChoice> templates, String defaultNameHtml, Limits limits) {

    /** Whether the project's Deal workflow has any status. */
    public boolean hasStatuses() {
        return !statuses.isEmpty();
    }
}
