package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in (compile only, never packaged) for the event Jira publishes when an issue is created, changed, moved or deleted.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultIssueEventToEventMatcherTypeConverter.java (getIssue, getEventTypeId)
 */
public final class IssueEvent {

    private IssueEvent() {
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
