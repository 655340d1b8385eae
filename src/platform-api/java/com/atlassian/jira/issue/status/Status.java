package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Stand-in (compile only, never packaged) for a workflow status.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (new Status() { ... }, an anonymous implementation)
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (implements Status: getId, getName, getStatusCategory)
 */
public interface Status {

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getId()) */
    String getId();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getName()) */
    String getName();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides StatusCategory getStatusCategory()) */
    StatusCategory getStatusCategory();
}
