package com.atlassian.jira.issue.issuetype;

/**
 * Stand-in (compile only, never packaged) for an issue type.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (implements IssueType: getId, getName)
 */
public interface IssueType {

    String getId();

    String getName();
}
