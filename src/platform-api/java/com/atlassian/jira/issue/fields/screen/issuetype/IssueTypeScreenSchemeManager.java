package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

/**
 * Stand-in (compile only, never packaged) for the manager of issue type screen schemes.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 IssueTypeScreenSchemeManagerMock.java (implements IssueTypeScreenSchemeManager)
 * Checked: mailru/jira-plugins-mrimsender@12bdf7fae42eb7a6f4cfaba47ff905d3705f9889:src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationServiceImpl.java (getIssueTypeScreenScheme(project))
 */
public interface IssueTypeScreenSchemeManager {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 IssueTypeScreenSchemeManagerMock.java (overrides IssueTypeScreenScheme getIssueTypeScreenScheme(Project)); called in mailru/jira-plugins-mrimsender@12bdf7f IssueCreationServiceImpl.java (Jira 8.20 or later) */
    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);
}
