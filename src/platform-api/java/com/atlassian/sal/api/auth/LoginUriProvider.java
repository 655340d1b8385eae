package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Stand-in (compile only, never packaged) for SAL's address of the host's login page.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java of its Jira plugin (@ComponentImport LoginUriProvider)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ComponentImports.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/LoginRedirectionManager.java (getLoginUri(URI))
 */
public interface LoginUriProvider {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc LoginRedirectionManager.java (response.sendRedirect(loginUriProvider.getLoginUri(uri).toString()), uri a java.net.URI)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e LoginRedirectionManager.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    URI getLoginUri(URI returnUri);
}
