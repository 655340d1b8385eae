package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

/**
 * Stand-in (compile only, never packaged) for a Jira issue.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (implements Issue with every method)
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Status getStatus();

    IssueType getIssueType();

    Project getProjectObject();

    Timestamp getCreated();

    ApplicationUser getAssignee();

    Object getCustomFieldValue(CustomField customField);
}
