package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Stand-in (compile only, never packaged) for an issue that can be changed.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (returned by IssueManager.getIssueObject); setCustomFieldValue in its service/EstimateFieldServiceImpl.java
 */
public interface MutableIssue extends Issue {

    void setCustomFieldValue(CustomField customField, Object value);
}
