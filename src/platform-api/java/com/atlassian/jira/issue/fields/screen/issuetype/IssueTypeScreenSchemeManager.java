package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

/**
 * Stand-in (compile only, never packaged) for the manager of issue type screen schemes.
 * Checked: mailru/jira-plugins-mrimsender@12bdf7fae42eb7a6f4cfaba47ff905d3705f9889:src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueCreationServiceImpl.java (getIssueTypeScreenScheme(project))
 */
public interface IssueTypeScreenSchemeManager {

    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);
}
