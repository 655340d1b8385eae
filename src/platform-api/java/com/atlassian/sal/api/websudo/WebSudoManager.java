package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stand-in (compile only, never packaged) for SAL's secure administrator sessions (websudo) in the jakarta era.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java of its Jira plugin (@ComponentImport WebSudoManager)
 * Jira 10.3: not confirmed — the Jira 10.0 and 10.7 builds of atlassian-labs/atlassian-slack-integration-server (@d98c484, @b21ee3e) do not use websudo; seen only in Jira 11 code
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java (willExecuteWebSudoRequest, enforceWebSudoProtection; Jira 11.0.0, jakarta.servlet)
 */
public interface WebSudoManager {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ConfigureServlet.java (webSudoManager.willExecuteWebSudoRequest(request), a jakarta HttpServletRequest, in a try that catches WebSudoSessionException)
     * Jira 10.3: not confirmed — the Jira 10.0 and 10.7 builds of atlassian-labs/atlassian-slack-integration-server (@d98c484, @b21ee3e) do not use websudo; seen only in Jira 11 code
     */
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ConfigureServlet.java (webSudoManager.enforceWebSudoProtection(request, response), a statement)
     * Jira 10.3: not confirmed — the Jira 10.0 and 10.7 builds of atlassian-labs/atlassian-slack-integration-server (@d98c484, @b21ee3e) do not use websudo; seen only in Jira 11 code
     */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
