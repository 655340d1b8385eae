package com.atlassian.jira.event.type;

/**
 * Stand-in (compile only, never packaged) for whether an issue update fires an event.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 JiraIssueServiceWrapper.java (EventDispatchOption.DO_NOT_DISPATCH passed to IssueManager.updateIssue); that it is an interface is from Jira's own source (an unnamed public copy in the code index: @PublicApi public interface EventDispatchOption, @since v4.1)
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (the update path it configures); DO_NOT_DISPATCH is known from older Jira only
 */
public interface EventDispatchOption {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 JiraIssueServiceWrapper.java (jiraIssueManager.updateIssue(updater, mutableIssue, EventDispatchOption.DO_NOT_DISPATCH, ...)); ScriptRunner's current Data Center docs still set it (docs.adaptavist.com/sr4js/8.35.0/hapi/update-issues) */
    EventDispatchOption DO_NOT_DISPATCH = null;
}
