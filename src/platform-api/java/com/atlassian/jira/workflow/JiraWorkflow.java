package com.atlassian.jira.workflow;

/**
 * Stand-in (compile only, never packaged) for a Jira workflow.
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (JiraWorkflow.getName; Jira 7.13) — old
 */
public interface JiraWorkflow {

    String getName();
}
