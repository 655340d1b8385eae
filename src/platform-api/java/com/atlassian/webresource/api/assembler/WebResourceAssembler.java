package com.atlassian.webresource.api.assembler;

/**
 * Stand-in (compile only, never packaged) for the assembler of one page's web resources.
 * Jira kind: interface
 * Known only from: Jira 9 (Platform 6, webresource-api 6.1.1) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/WebResourceAssembler.java (@ExperimentalApi public interface WebResourceAssembler); Jira 11.0 code reaches it only through a call chain, which does not show its kind
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java (assembler().resources())
 */
public interface WebResourceAssembler {

    /** Known only from: Jira 9 (Platform 6, webresource-api 6.1.1) — ngannk-fptu/Decompiled-Files@e0c88ec .../WebResourceAssembler.java (RequiredResources resources()); called in the chain assembler().resources() in atlassian-labs/atlassian-slack-integration-server@94c50dc SlackPersonalNotificationsServlet.java (Jira 11.0) */
    RequiredResources resources();
}
