package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

/**
 * Stand-in (compile only, never packaged) for the editable workflow of jira-core (not jira-api), built from a descriptor.
 * Its three overrides exist only to make the stand-in concrete; the app calls them through JiraWorkflow.
 * Jira kind: class
 * Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 JiraSchemeManager.java (jiraWorkflow = new ConfigurableJiraWorkflow("ConDec ... Workflow", descriptor, workflowManager)); also Semmle/lgtm-jira-addon@f20b54e WorkflowUtils.java (Jira 7.13)
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/workflow/WorkflowUtils.java (new ConfigurableJiraWorkflow(name, descriptor, workflowManager); Jira 7.13) — old, jira-core
 */
public class ConfigurableJiraWorkflow implements JiraWorkflow {

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 JiraSchemeManager.java (new ConfigurableJiraWorkflow(String, WorkflowDescriptor, WorkflowManager)); jira-core, so a Jira without it fails only where a workflow is created */
    public ConfigurableJiraWorkflow(String name, WorkflowDescriptor descriptor, WorkflowManager workflowManager) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 JiraWorkflowMock.java (List<Status> getLinkedStatusObjects() of JiraWorkflow, which this class implements) */
    @Override
    public java.util.List<com.atlassian.jira.issue.status.Status> getLinkedStatusObjects() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 JiraWorkflowMock.java (String getName() of JiraWorkflow, which this class implements) */
    @Override
    public String getName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Known only from: Jira 7.13 — Semmle/lgtm-jira-addon@f20b54e UpgradeTask5AddSetLabelsFunction.java (WorkflowDescriptor getDescriptor() of JiraWorkflow, which this class implements) */
    @Override
    public WorkflowDescriptor getDescriptor() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
