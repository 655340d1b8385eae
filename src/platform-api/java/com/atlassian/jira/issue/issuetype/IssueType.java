package com.atlassian.jira.issue.issuetype;

/**
 * Stand-in (compile only, never packaged) for an issue type.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (new IssueType() { ... }, an anonymous implementation)
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (implements IssueType: getId, getName)
 */
public interface IssueType {

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getId()) */
    String getId();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getName()) */
    String getName();
}
