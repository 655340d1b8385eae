package com.atlassian.jira.issue.context;

/**
 * Stand-in (compile only, never packaged) for a context (global, or a project) that a custom field applies in.
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (List<JiraContextNode> for createCustomField; Jira 8.1) — old
 */
public interface JiraContextNode {
}
