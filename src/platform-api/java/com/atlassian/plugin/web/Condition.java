package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Stand-in (compile only, never packaged) for the condition that decides whether a web fragment shows.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ShowIssuePanelCondition.java (implements Condition)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ShowIssuePanelCondition.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/condition/ShowIssuePanelCondition.java (init, shouldDisplay)
 */
public interface Condition {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ShowIssuePanelCondition.java (implements void init(Map<String, String>) throws PluginParseException)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ShowIssuePanelCondition.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    void init(Map<String, String> params) throws PluginParseException;

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ShowIssuePanelCondition.java (implements boolean shouldDisplay(Map<String, Object>))
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ShowIssuePanelCondition.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    boolean shouldDisplay(Map<String, Object> context);
}
