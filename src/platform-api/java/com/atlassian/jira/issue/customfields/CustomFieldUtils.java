package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;

/**
 * Stand-in (compile only, never packaged) for Jira's helpers for custom field contexts.
 * Jira kind: class
 * Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (CustomFieldUtils.buildJiraIssueContexts(...) and CustomFieldUtils.buildIssueTypes(...), static calls on the class)
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (buildJiraIssueContexts(false, projectIds, projectManager); Jira 8.1) — old
 */
public final class CustomFieldUtils {

    private CustomFieldUtils() {
    }

    /** Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (List<JiraContextNode> contexts = CustomFieldUtils.buildJiraIssueContexts(false, projectIdArray, projectManager), projectIdArray a Long[]) */
    public static List<JiraContextNode> buildJiraIssueContexts(boolean global, Long[] projectIds, ProjectManager projectManager) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
