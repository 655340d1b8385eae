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
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (implements Issue with every method)
 */
public interface Issue {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Long getId())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    Long getId();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getKey())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    String getKey();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getSummary())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    String getSummary();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Status getStatus())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    Status getStatus();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides IssueType getIssueType())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    IssueType getIssueType();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Project getProjectObject())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    Project getProjectObject();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Timestamp getCreated())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    Timestamp getCreated();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides ApplicationUser getAssignee())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    ApplicationUser getAssignee();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides Object getCustomFieldValue(CustomField))
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    Object getCustomFieldValue(CustomField customField);
}
