package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * Stand-in (compile only, never packaged) for one changed field of one change of an issue.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java (getFrom, getTo); getCreated is known from older Jira only
 */
public class ChangeItemBean {

    private ChangeItemBean() {
    }

    public String getFrom() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getTo() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Timestamp getCreated() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
