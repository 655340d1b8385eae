package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.loader.ActionDescriptor;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of the workflow of single issues: which transitions a
 * user may take on an issue now (its conditions evaluated).
 * Jira kind: interface
 * Known only from: Jira 7.1 — the interface in https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/package-summary.html; no Jira 10/11 app read imports it
 * Checked: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/package-summary.html (IssueWorkflowManager, an interface); Jira's own source of it (a @PublicApi interface since v5.0) and of IssueWorkflowManagerImpl seen through the code search, their version not shown
 */
public interface IssueWorkflowManager {

    /** Unconfirmed: Jira's IssueWorkflowManagerImpl source seen through the code search (Collection<ActionDescriptor> getAvailableActions(Issue, ApplicationUser), not deprecated there); called by Groovy scripts and older apps */
    Collection<ActionDescriptor> getAvailableActions(Issue issue, ApplicationUser user);
}
