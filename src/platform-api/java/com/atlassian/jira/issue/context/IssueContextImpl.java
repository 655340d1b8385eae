package com.atlassian.jira.issue.context;

/**
 * Stand-in (compile only, never packaged) for the plain IssueContext of a project id and an issue type id.
 * Checked: mailru/jira-plugins-mrimsender@12bdf7fae42eb7a6f4cfaba47ff905d3705f9889:src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/PriorityValueHandler.java (new IssueContextImpl(project.getId(), issueType.getId()))
 */
public class IssueContextImpl implements IssueContext {

    public IssueContextImpl(Long projectId, String issueTypeId) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
