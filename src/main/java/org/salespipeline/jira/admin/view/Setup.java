package org.salespipeline.jira.admin.view;

import java.util.List;

/** The set-up page of a project. Texts are HTML-escaped already; their accessors end in "Html". */
public record Setup(String projectKeyHtml, String projectNameHtml, boolean hasPipeline, List<StatusRow> statuses,
        List<Choice> stages, List<TemplateChoice> templates) {

    /** Whether the project's Deal workflow has any status. */
    public boolean hasStatuses() {
        return !statuses.isEmpty();
    }
}
