package com.atlassian.jira.workflow;

/**
 * Stand-in (compile only, never packaged) for a workflow scheme: which workflow each issue type runs through.
 * Jira kind: interface
 * Known only from: Jira 6 — Jira's own WorkflowScheme source (an unnamed public copy in the code index: public interface WorkflowScheme with Long getId(), boolean isDefault() and public interface Builder<T extends Builder<T>>); implemented by blackducksoftware/blackduck-jira@a17c3d3 AssignableWorkflowSchemeMock.java (Jira 7.4)
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (builder.setMapping(issueTypeId, workflowName), getId; Jira 7.13); the generic Builder<T> is known from older Jira source only — old
 */
public interface WorkflowScheme {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 AssignableWorkflowSchemeMock.java (overrides Long getId()); declared here, not in AssignableWorkflowScheme, in Jira's own WorkflowScheme source */
    Long getId();

    /**
     * Changes a scheme's mappings. T is bounded by Builder, so setMapping erases to a Builder (as the app's calls are compiled).
     * Jira kind: nested interface
     * Known only from: Jira 6 — Jira's own WorkflowScheme source (an unnamed public copy in the code index: public interface Builder<T extends Builder<T>>)
     */
    interface Builder<T extends Builder<T>> {

        /** Known only from: Jira 6 — Jira's own WorkflowScheme source (an unnamed public copy in the code index: @Nonnull T setMapping(@Nonnull String issueTypeId, @Nonnull String workflowName)); overridden as Builder setMapping(String, String) in cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (Jira 8.20) */
        T setMapping(String issueTypeId, String workflowName);
    }
}
