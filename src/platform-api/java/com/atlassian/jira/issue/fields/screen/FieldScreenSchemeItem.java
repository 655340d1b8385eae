package com.atlassian.jira.issue.fields.screen;

/**
 * Stand-in (compile only, never packaged) for one operation's screen in a screen scheme.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenSchemeItemMock.java (implements FieldScreenSchemeItem)
 * Checked: mailru/jira-plugins-mrimsender@12bdf7fae42eb7a6f4cfaba47ff905d3705f9889:src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationServiceImpl.java (screen schemes lead to FieldScreen); getFieldScreen on the item is known from older Jira only (PLATFORM-API.md, Provisioning)
 */
public interface FieldScreenSchemeItem {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenSchemeItemMock.java (overrides FieldScreen getFieldScreen()) */
    FieldScreen getFieldScreen();
}
