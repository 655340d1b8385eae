package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Stand-in (compile only, never packaged) for an issue that can be changed.
 * Jira kind: interface
 * Known only from: Jira 5 — Jira's own MutableIssue source (an unnamed public copy in the code index: @PublicApi public interface MutableIssue extends Issue, setters deprecated since v5.0); Jira 11.3 code uses it as an Issue (codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java passes one to hasPermission(key, Issue, user)) but does not show that it is an interface
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (returned by IssueManager.getIssueObject); setCustomFieldValue in its service/EstimateFieldServiceImpl.java
 */
public interface MutableIssue extends Issue {

    /** Known only from: Jira 5 — Jira's own MutableIssue source (an unnamed public copy in the code index, the interface of the issue setters); Jira 11.3 code calls issue.setCustomFieldValue(customField, value) as a statement (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java), but MutableIssue's kind is not seen there */
    void setCustomFieldValue(CustomField customField, Object value);
}
