package com.atlassian.webresource.api.assembler;

/**
 * Stand-in (compile only, never packaged) for the host's builder of the current page's web resources.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java of its Jira plugin (@ComponentImport PageBuilderService)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ComponentImports.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java (assembler().resources().requireWebResource(key))
 */
public interface PageBuilderService {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackPersonalNotificationsServlet.java (pageBuilderService.assembler().resources()...); WebResourceAssembler as in webresource-api 6.1.1 (ngannk-fptu/Decompiled-Files@e0c88ec)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackPersonalNotificationsServlet.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    WebResourceAssembler assembler();
}
