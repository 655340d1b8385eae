package org.salespipeline.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salespipeline.criteria.Transition;
import org.salespipeline.jira.workflow.WorkflowTransitions;
import org.salespipeline.workspace.DealTransitions;

/**
 * The transitions Jira offers the current user on an issue now (the workflow's conditions evaluated by Jira), read
 * from the issue's workflow with the exit checks of the app's validators on each.
 */
public class JiraDealTransitions implements DealTransitions, HostBacked {

    private final IssueManager issueManager;
    private final IssueWorkflowManager issueWorkflows;
    private final WorkflowManager workflowManager;
    private final JiraAuthenticationContext authenticationContext;

    public JiraDealTransitions(IssueManager issueManager, IssueWorkflowManager issueWorkflows,
            WorkflowManager workflowManager, JiraAuthenticationContext authenticationContext) {
        this.issueManager = issueManager;
        this.issueWorkflows = issueWorkflows;
        this.workflowManager = workflowManager;
        this.authenticationContext = authenticationContext;
    }

    /** The host services this needs that this Jira does not offer apps; empty when all are there. */
    @Override
    public List<String> unavailable() {
        return HostService.missing(HostService.of(IssueWorkflowManager.class, issueWorkflows));
    }

    @Override
    public List<Transition> available(String issueKey) {
        MutableIssue issue = issueManager.getIssueObject(issueKey);
        if (issue == null) {
            return List.of();
        }
        JiraWorkflow workflow = workflowManager.getWorkflow(issue);
        Map<String, String> names = new HashMap<>();
        for (Status status : workflow.getLinkedStatusObjects()) {
            names.put(status.getId(), status.getName());
        }
        return WorkflowTransitions.of(workflow.getDescriptor(),
                issueWorkflows.getAvailableActions(issue, authenticationContext.getLoggedInUser()),
                issue.getStatus() == null ? null : issue.getStatus().getId(), names::get);
    }
}
