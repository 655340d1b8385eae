package com.atlassian.sal.api.websudo;

/**
 * Stand-in (compile only, never packaged) for the unchecked exception thrown when a request needs a websudo session it lacks.
 * Jira kind: class
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ConfigureServlet.java (catch (WebSudoSessionException wse), so a Throwable class); a RuntimeException in SAL 5.1.4 (ngannk-fptu/Decompiled-Files@e0c88ec)
 * Jira 10.3: not confirmed — the Jira 10.0 and 10.7 builds of atlassian-labs/atlassian-slack-integration-server (@d98c484, @b21ee3e) do not use websudo; seen only in Jira 11 code
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/ConfigureServlet.java (caught around willExecuteWebSudoRequest; a RuntimeException in SAL's source since 2.2)
 */
public class WebSudoSessionException extends RuntimeException {

    private static final long serialVersionUID = 1L;
}
