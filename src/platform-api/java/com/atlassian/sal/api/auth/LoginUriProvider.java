package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Stand-in (compile only, never packaged) for SAL's address of the host's login page.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java of its Jira plugin (@ComponentImport LoginUriProvider)
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/LoginRedirectionManager.java (getLoginUri(URI))
 */
public interface LoginUriProvider {

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc LoginRedirectionManager.java (response.sendRedirect(loginUriProvider.getLoginUri(uri).toString()), uri a java.net.URI) */
    URI getLoginUri(URI returnUri);
}
