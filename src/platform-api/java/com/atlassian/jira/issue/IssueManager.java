package com.atlassian.jira.issue;

/**
 * Stand-in (compile only, never packaged) for Jira's access to issues.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (getIssueObject by key)
 */
public interface IssueManager {

    MutableIssue getIssueObject(String key);
}
