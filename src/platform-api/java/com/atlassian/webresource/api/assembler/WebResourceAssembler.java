package com.atlassian.webresource.api.assembler;

/**
 * Stand-in (compile only, never packaged) for the assembler of one page's web resources.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java (assembler().resources())
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
