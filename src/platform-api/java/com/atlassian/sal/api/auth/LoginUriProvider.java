package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Stand-in (compile only, never packaged) for SAL's address of the host's login page.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/LoginRedirectionManager.java (getLoginUri(URI))
 */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
