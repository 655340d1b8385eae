package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Stand-in (compile only, never packaged) for a workflow status.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (implements Status: getId, getName, getStatusCategory)
 */
public interface Status {

    String getId();

    String getName();

    StatusCategory getStatusCategory();
}
