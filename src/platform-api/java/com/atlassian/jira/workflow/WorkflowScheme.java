package com.atlassian.jira.workflow;

/**
 * Stand-in (compile only, never packaged) for a workflow scheme: which workflow each issue type runs through.
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (builder.setMapping(issueTypeId, workflowName), getId; Jira 7.13); the generic Builder<T> is known from older Jira source only — old
 */
public interface WorkflowScheme {

    Long getId();

    /** Changes a scheme's mappings. */
    interface Builder<T extends Builder<T>> {

        T setMapping(String issueTypeId, String workflowName);
    }
}
