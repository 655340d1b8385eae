package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for the screens of one issue type, per operation.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenSchemeMock.java (implements FieldScreenScheme)
 * Checked: mailru/jira-plugins-mrimsender@12bdf7fae42eb7a6f4cfaba47ff905d3705f9889:src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationServiceImpl.java (FieldScreenScheme from getEffectiveFieldScreenScheme); getFieldScreenSchemeItems is known from older Jira only (PLATFORM-API.md, Provisioning)
 */
public interface FieldScreenScheme {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenSchemeMock.java (overrides Collection<FieldScreenSchemeItem> getFieldScreenSchemeItems()) */
    Collection<FieldScreenSchemeItem> getFieldScreenSchemeItems();
}
