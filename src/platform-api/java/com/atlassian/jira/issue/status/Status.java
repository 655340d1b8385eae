package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Stand-in (compile only, never packaged) for a workflow status.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (new Status() { ... }, an anonymous implementation)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java (implements Status: getId, getName, getStatusCategory)
 */
public interface Status {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getId())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    String getId();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides String getName())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    String getName();

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackMessageResource.java (overrides StatusCategory getStatusCategory())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackMessageResource.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    StatusCategory getStatusCategory();
}
