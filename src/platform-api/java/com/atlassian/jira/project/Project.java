package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for a Jira project.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (implements Project: getId, getKey, getName, getIssueTypes)
 */
public interface Project {

    Long getId();

    String getKey();

    String getName();

    Collection<IssueType> getIssueTypes();
}
