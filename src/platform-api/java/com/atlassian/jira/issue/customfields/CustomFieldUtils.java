package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;

/**
 * Stand-in (compile only, never packaged) for Jira's helpers for custom field contexts.
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (buildJiraIssueContexts(false, projectIds, projectManager); Jira 8.1) — old
 */
public final class CustomFieldUtils {

    private CustomFieldUtils() {
    }

    public static List<JiraContextNode> buildJiraIssueContexts(boolean global, Long[] projectIds, ProjectManager projectManager) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
