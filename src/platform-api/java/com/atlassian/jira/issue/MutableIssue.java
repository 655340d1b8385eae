package com.atlassian.jira.issue;

/**
 * Stand-in (compile only, never packaged) for an issue that can be changed.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (returned by IssueManager.getIssueObject)
 */
public interface MutableIssue extends Issue {
}
