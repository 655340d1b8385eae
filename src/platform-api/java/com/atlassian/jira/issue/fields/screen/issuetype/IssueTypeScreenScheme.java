package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;

/**
 * Stand-in (compile only, never packaged) for a project's screens per issue type.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 IssueTypeScreenSchemeMock.java (implements IssueTypeScreenScheme)
 * Checked: mailru/jira-plugins-mrimsender@12bdf7fae42eb7a6f4cfaba47ff905d3705f9889:src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationServiceImpl.java (getEffectiveFieldScreenScheme(issueType))
 */
public interface IssueTypeScreenScheme {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 IssueTypeScreenSchemeMock.java (overrides FieldScreenScheme getEffectiveFieldScreenScheme(IssueType)); called in mailru/jira-plugins-mrimsender@12bdf7f IssueCreationServiceImpl.java (Jira 8.20 or later) */
    FieldScreenScheme getEffectiveFieldScreenScheme(IssueType issueType);
}
