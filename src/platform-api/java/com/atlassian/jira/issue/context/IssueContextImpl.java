package com.atlassian.jira.issue.context;

/**
 * Stand-in (compile only, never packaged) for the plain IssueContext of a project id and an issue type id.
 * Jira kind: class
 * Known only from: Jira 8.20 — mailru/jira-plugins-mrimsender@12bdf7f PriorityValueHandler.java (new IssueContextImpl(project.getId(), issueType.getId()); Jira 8.20 or later, as its parent pom sets it)
 * Checked: mailru/jira-plugins-mrimsender@12bdf7fae42eb7a6f4cfaba47ff905d3705f9889:src/main/java/ru/mail/jira/plugins/myteam/bot/configuration/createissue/customfields/PriorityValueHandler.java (new IssueContextImpl(project.getId(), issueType.getId()))
 */
public class IssueContextImpl implements IssueContext {

    /** Known only from: Jira 8.20 — mailru/jira-plugins-mrimsender@12bdf7f PriorityValueHandler.java (new IssueContextImpl(project.getId(), issueType.getId()): a Long project id and a String issue type id) */
    public IssueContextImpl(Long projectId, String issueTypeId) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
