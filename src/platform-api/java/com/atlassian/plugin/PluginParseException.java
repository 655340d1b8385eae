package com.atlassian.plugin;

/**
 * Stand-in (compile only, never packaged) for the failure a web fragment reports when its parameters are wrong.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/condition/ShowIssuePanelCondition.java (thrown by Condition.init)
 */
public class PluginParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private PluginParseException() {
    }
}
