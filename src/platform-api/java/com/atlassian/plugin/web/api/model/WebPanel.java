package com.atlassian.plugin.web.api.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Stand-in (compile only, never packaged) for a web panel rendered by a class (in this package since web fragments 7;
 * Platform 6 had it as com.atlassian.plugin.web.model.WebPanel).
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc IssueWebPanel.java (implements com.atlassian.plugin.web.api.model.WebPanel)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e IssueWebPanel.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/panels/IssueWebPanel.java (getHtml, writeHtml)
 */
public interface WebPanel {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc IssueWebPanel.java (implements String getHtml(Map<String, Object>))
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e IssueWebPanel.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    String getHtml(Map<String, Object> context);

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc IssueWebPanel.java (implements void writeHtml(Writer, Map<String, Object>) throws IOException)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e IssueWebPanel.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
