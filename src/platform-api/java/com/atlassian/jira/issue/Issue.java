package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

/**
 * Stand-in (compile only, never packaged) for a Jira issue.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (new Issue() { ... }, an anonymous implementation of every method)
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (implements Issue with every method)
 */
public interface Issue {

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Long getId()) */
    Long getId();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getKey()) */
    String getKey();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getSummary()) */
    String getSummary();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Status getStatus()) */
    Status getStatus();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides IssueType getIssueType()) */
    IssueType getIssueType();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Project getProjectObject()) */
    Project getProjectObject();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Timestamp getCreated()) */
    Timestamp getCreated();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides ApplicationUser getAssignee()) */
    ApplicationUser getAssignee();

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Object getCustomFieldValue(CustomField)) */
    Object getCustomFieldValue(CustomField customField);
}
