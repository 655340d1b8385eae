package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in (compile only, never packaged) for the event Jira publishes when an issue is created, changed, moved or deleted.
 * (Its constructors are left out: the app only receives these events.)
 * Jira kind: class
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultIssueFilterServiceTest.java (new IssueEvent(issue, Collections.emptyMap(), null, 0L): a class)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultIssueFilterServiceTest.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/impl/DefaultIssueEventToEventMatcherTypeConverter.java (getIssue, getEventTypeId)
 */
public final class IssueEvent {

    private IssueEvent() {
    }

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultDedicatedChannelManager.java (final Issue issue = event.getIssue())
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultDedicatedChannelManager.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultIssueEventToEventMatcherTypeConverter.java (EventMatcherType.fromJiraEventId(issueEvent.getEventTypeId()), a number; that it is a boxed Long is as blackducksoftware/blackduck-jira@a17c3d3 IssueTrackerTask.java, Jira 7.4, keeps it)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultIssueEventToEventMatcherTypeConverter.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
