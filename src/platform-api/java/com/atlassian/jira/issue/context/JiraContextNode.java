package com.atlassian.jira.issue.context;

/**
 * Stand-in (compile only, never packaged) for a context (global, or a project) that a custom field applies in.
 * Jira kind: interface
 * Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (List<JiraContextNode> contexts = Collections.singletonList(GlobalIssueContext.getInstance())); @PublicApi public interface JiraContextNode extends BandanaContext, IssueContext, Comparable<JiraContextNode> in Jira's own source (an unnamed public copy in the code index)
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (List<JiraContextNode> for createCustomField; Jira 8.1) — old
 */
public interface JiraContextNode {
}
