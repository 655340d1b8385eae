package com.atlassian.jira.event.type;

/**
 * Stand-in (compile only, never packaged) for the ids of Jira's system issue events (values as Jira numbers them).
 * Jira kind: class
 * Known only from: Jira 7.0 — https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html (public class EventType with static Long ids); Jira 11 code reads its constants (below), which does not show the kind
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/EventMatcherType.java (ISSUE_CREATED_ID); ISSUE_DELETED_ID and ISSUE_MOVED_ID are known from older Jira only
 */
public class EventType {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc EventMatcherType.java (EventType.ISSUE_CREATED_ID)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e EventMatcherType.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    public static final Long ISSUE_CREATED_ID = 1L;

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 WebhookEventListener.java (eventTypeId == EventType.ISSUE_DELETED_ID); static Long in https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html */
    public static final Long ISSUE_DELETED_ID = 8L;

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 IssueEventListenerTest.java (EventType.ISSUE_MOVED_ID); static Long in https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html */
    public static final Long ISSUE_MOVED_ID = 9L;

    /** Known only from: Jira 7.0 — https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html (static Long ISSUE_GENERICEVENT_ID); read only by a test, as an event the listener ignores */
    public static final Long ISSUE_GENERICEVENT_ID = 13L;
}
