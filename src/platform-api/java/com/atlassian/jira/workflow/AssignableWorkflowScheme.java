package com.atlassian.jira.workflow;

/**
 * Stand-in (compile only, never packaged) for a workflow scheme that projects can use.
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (assignableBuilder().setName(..), setMapping, build, isDefault, getId; Jira 7.13) — old
 */
public interface AssignableWorkflowScheme extends WorkflowScheme {

    boolean isDefault();

    /** Builds a new assignable scheme. */
    interface Builder extends WorkflowScheme.Builder<Builder> {

        Builder setName(String name);

        Builder setDescription(String description);

        AssignableWorkflowScheme build();
    }
}
