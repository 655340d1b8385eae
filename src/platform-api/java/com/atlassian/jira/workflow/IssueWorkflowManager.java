package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.loader.ActionDescriptor;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of the workflow of single issues: which transitions a
 * user may take on an issue now (its conditions evaluated).
 * Jira kind: interface
 * Unconfirmed: Jira's own IssueWorkflowManager source (a @PublicApi interface "since v5.0", its version not shown) and IssueWorkflowManagerImpl, seen through the code search; no Jira 10/11 app read imports it
 */
public interface IssueWorkflowManager {

    /** Unconfirmed: Jira's IssueWorkflowManagerImpl source seen through the code search (Collection<ActionDescriptor> getAvailableActions(Issue, ApplicationUser), not deprecated there); called by Groovy scripts and older apps */
    Collection<ActionDescriptor> getAvailableActions(Issue issue, ApplicationUser user);
}
