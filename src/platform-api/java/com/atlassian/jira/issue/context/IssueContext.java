package com.atlassian.jira.issue.context;

/**
 * Stand-in (compile only, never packaged) for a project and issue type, for finding the configuration that applies to them.
 * Checked: mailru/jira-plugins-mrimsender@12bdf7fae42eb7a6f4cfaba47ff905d3705f9889:src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/PriorityValueHandler.java (new IssueContextImpl(projectId, issueTypeId) passed as an IssueContext)
 */
public interface IssueContext {
}
