package com.atlassian.jira.workflow;

/**
 * Stand-in (compile only, never packaged) for a workflow scheme that projects can use. In Jira, isDefault() is declared
 * by WorkflowScheme; a call compiled against AssignableWorkflowScheme resolves to it all the same.
 * Jira kind: interface
 * Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (anonymous implementations of AssignableWorkflowScheme and its Builder); also blackducksoftware/blackduck-jira@a17c3d3 AssignableWorkflowSchemeMock.java (Jira 7.4)
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (assignableBuilder().setName(..), setMapping, build, isDefault, getId; Jira 7.13) — old
 */
public interface AssignableWorkflowScheme extends WorkflowScheme {

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides boolean isDefault()); called so in Semmle/lgtm-jira-addon@f20b54e JiraUtils.java (!workflowScheme.isDefault(), Jira 7.13) */
    boolean isDefault();

    /**
     * Builds a new assignable scheme.
     * Jira kind: nested interface
     * Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (new AssignableWorkflowScheme.Builder() { ... }); https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/workflow/AssignableWorkflowScheme.Builder.html (inherits from WorkflowScheme.Builder)
     */
    interface Builder extends WorkflowScheme.Builder<Builder> {

        /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides Builder setName(String)) */
        Builder setName(String name);

        /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides Builder setDescription(String)) */
        Builder setDescription(String description);

        /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 AssignableWorkflowSchemeBuilderMock.java (overrides AssignableWorkflowScheme build()) */
        AssignableWorkflowScheme build();
    }
}
