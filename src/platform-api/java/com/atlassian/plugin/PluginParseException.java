package com.atlassian.plugin;

/**
 * Stand-in (compile only, never packaged) for the failure a web fragment reports when its parameters are wrong. In
 * atlassian-plugins it extends PluginException, a RuntimeException.
 * Jira kind: class
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ShowIssuePanelCondition.java (init(...) throws PluginParseException, so a Throwable class); unchecked as in atlassian-plugins-api 7.4.0 (ngannk-fptu/Decompiled-Files@e0c88ec)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ShowIssuePanelCondition.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/condition/ShowIssuePanelCondition.java (thrown by Condition.init)
 */
public class PluginParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private PluginParseException() {
    }
}
