package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * Stand-in (compile only, never packaged) for one changed field of one change of an issue.
 * Jira kind: class
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultIssueEventToEventMatcherTypeConverterTest.java (new ChangeItemBean("fieldType", ..., null, null): a class)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultIssueEventToEventMatcherTypeConverterTest.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java (getFrom, getTo); getCreated, getFromString, getToString and the seven-argument constructor are known from older Jira only
 */
public class ChangeItemBean {

    private final String from;
    private final String fromString;
    private final String to;
    private final String toString;
    private final Timestamp created;

    /**
     * Unlike the other stand-ins, this plain bean keeps what it is given, as Jira's does, so that the demo host and
     * the tests can hand the app change items as Jira's change history would.
     * Known only from: Jira 6 — Jira's own ChangeItemBean source (an unnamed public copy in the code index: public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString, Timestamp created), next to the (fieldType, field, from, to) constructor that atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultIssueEventToEventMatcherTypeConverterTest.java calls on Jira 11)
     */
    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString,
            Timestamp created) {
        this.from = from;
        this.fromString = fromString;
        this.to = to;
        this.toString = toString;
        this.created = created;
    }

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultJiraIssueEvent.java (changeItem.getFrom() passed on as the old value's id)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultJiraIssueEvent.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    public String getFrom() {
        return from;
    }

    /** Known only from: Jira 6 — Jira's own ChangeItemBean source (an unnamed public copy in the code index: String getFromString(), the old value as shown, such as a select option's name) */
    public String getFromString() {
        return fromString;
    }

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc DefaultJiraIssueEvent.java (changeItem.getTo() passed on as the new value's id)
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e DefaultJiraIssueEvent.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    public String getTo() {
        return to;
    }

    /** Known only from: Jira 6 — Jira's own ChangeItemBean source (an unnamed public copy in the code index: String getToString(), the new value as shown); read as changeItemBean.getToString() on change history items in Jira 9 apps of the same index */
    public String getToString() {
        return toString;
    }

    /** Known only from: Jira 6 — Jira's own ChangeItemBean source (an unnamed public copy in the code index: @PublicApi public class ChangeItemBean with a Timestamp created); read as arg0.getCreated() in a Synapse comparator of ChangeItemBeans (same index) */
    public Timestamp getCreated() {
        return created;
    }
}
