package com.atlassian.jira.issue.context;

/**
 * Stand-in (compile only, never packaged) for a project and issue type, for finding the configuration that applies to them.
 * Jira kind: interface
 * Known only from: Jira 8.20 — mailru/jira-plugins-mrimsender@12bdf7f PriorityValueHandler.java (new IssueContextImpl(projectId, issueTypeId) passed where an IssueContext is taken; its Jira version, 8.20 or later, is set in its parent pom); @PublicApi public interface IssueContext in Jira's own source (an unnamed public copy in the code index)
 * Checked: mailru/jira-plugins-mrimsender@12bdf7fae42eb7a6f4cfaba47ff905d3705f9889:src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/PriorityValueHandler.java (new IssueContextImpl(projectId, issueTypeId) passed as an IssueContext)
 */
public interface IssueContext {
}
