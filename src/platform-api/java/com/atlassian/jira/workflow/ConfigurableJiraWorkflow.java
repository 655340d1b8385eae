package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

/**
 * Stand-in (compile only, never packaged) for the editable workflow of jira-core (not jira-api), built from a descriptor.
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/workflow/WorkflowUtils.java (new ConfigurableJiraWorkflow(name, descriptor, workflowManager); Jira 7.13) — old, jira-core
 */
public class ConfigurableJiraWorkflow implements JiraWorkflow {

    public ConfigurableJiraWorkflow(String name, WorkflowDescriptor descriptor, WorkflowManager workflowManager) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public java.util.List<com.atlassian.jira.issue.status.Status> getLinkedStatusObjects() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
