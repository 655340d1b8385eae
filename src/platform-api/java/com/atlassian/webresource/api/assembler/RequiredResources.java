package com.atlassian.webresource.api.assembler;

/**
 * Stand-in (compile only, never packaged) for the web resources a page requires.
 * Jira kind: interface
 * Known only from: Jira 9 (Platform 6, webresource-api 6.1.1) — ngannk-fptu/Decompiled-Files@e0c88ec com.atlassian.plugins_atlassian-plugins-webresource-api-6.1.1/com/atlassian/webresource/api/assembler/RequiredResources.java (@ExperimentalApi public interface RequiredResources); Jira 11.0 code reaches it only through a call chain (atlassian-labs/atlassian-slack-integration-server@94c50dc SlackPersonalNotificationsServlet.java), which does not show its kind
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java (requireWebResource(String); returns RequiredResources, as a MockPageBuilderService of a public app implements it)
 */
public interface RequiredResources {

    /** Known only from: Jira 9 (Platform 6, webresource-api 6.1.1) — ngannk-fptu/Decompiled-Files@e0c88ec .../RequiredResources.java (RequiredResources requireWebResource(String)); called as the end of assembler().resources().requireWebResource(key) in atlassian-labs/atlassian-slack-integration-server@94c50dc SlackPersonalNotificationsServlet.java (Jira 11.0) */
    RequiredResources requireWebResource(String moduleCompleteKey);
}
