package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.List;

/**
 * Stand-in (compile only, never packaged) for a Jira workflow: its name and the statuses its steps are linked to.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 JiraWorkflowMock.java (implements JiraWorkflow); an interface in https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/package-summary.html
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (getName, getLinkedStatusObjects; Jira 7.13) — old, also in https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html; not confirmed for Jira 11
 */
public interface JiraWorkflow {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 JiraWorkflowMock.java (overrides List<Status> getLinkedStatusObjects()) */
    List<Status> getLinkedStatusObjects();

    /** Known only from: Jira 7.13 — Semmle/lgtm-jira-addon@f20b54e UpgradeTask5AddSetLabelsFunction.java (workflow.getDescriptor().getInitialActions()) */
    WorkflowDescriptor getDescriptor();

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 JiraWorkflowMock.java (overrides String getName()) */
    String getName();
}
