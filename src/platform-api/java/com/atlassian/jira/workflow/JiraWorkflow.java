package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import java.util.List;

/**
 * Stand-in (compile only, never packaged) for a Jira workflow: the statuses its steps are linked to.
 * Checked: https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/workflow/JiraWorkflow.html (getLinkedStatusObjects; old: Jira 7 Javadoc, also called in Semmle/lgtm-jira-addon JiraUtils, not confirmed for Jira 11)
 */
public interface JiraWorkflow {

    List<Status> getLinkedStatusObjects();
}
