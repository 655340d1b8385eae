package com.atlassian.jira.event.type;

/**
 * Stand-in (compile only, never packaged) for the ids of Jira's system issue events (values as Jira numbers them).
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/EventMatcherType.java (ISSUE_CREATED_ID, ISSUE_UPDATED_ID); ISSUE_DELETED_ID and ISSUE_MOVED_ID are known from older Jira only
 */
public class EventType {

    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;
}
