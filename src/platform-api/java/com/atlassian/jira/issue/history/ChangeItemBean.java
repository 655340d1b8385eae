package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * Stand-in (compile only, never packaged) for one changed field of one change of an issue.
 * Jira kind: class
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultIssueEventToEventMatcherTypeConverterTest.java (new ChangeItemBean("fieldType", ..., null, null): a class)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultIssueEventToEventMatcherTypeConverterTest.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java (getFrom, getTo); getCreated is known from older Jira only
 */
public class ChangeItemBean {

    private ChangeItemBean() {
    }

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultJiraIssueEvent.java (changeItem.getFrom() passed on as the old value's id)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultJiraIssueEvent.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    public String getFrom() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultJiraIssueEvent.java (changeItem.getTo() passed on as the new value's id)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultJiraIssueEvent.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    public String getTo() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Known only from: Jira 6 — Jira's own ChangeItemBean source (an unnamed public copy in the code index: @PublicApi public class ChangeItemBean with a Timestamp created); read as arg0.getCreated() in a Synapse comparator of ChangeItemBeans (same index) */
    public Timestamp getCreated() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
