package com.atlassian.jira;

/**
 * Stand-in (compile only, never packaged) for Jira's data types of JQL values.
 * Jira kind: class
 * Known only from: Jira 7.6 — atlascommunity/jira-plugins-groovy@22aa56f AbstractVersionFunction.java (return JiraDataTypes.VERSION from getDataType())
 * Checked: atlascommunity/jira-plugins-groovy@22aa56f825c17811438586c7aa366a8182e2c6da:src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/version/AbstractVersionFunction.java (JiraDataTypes.VERSION); ISSUE as a public WorklogPeriodJqlFunction returns it
 */
public final class JiraDataTypes {

    /** Known only from: Jira 7 — a public WorklogPeriodJqlFunction (extends AbstractJqlFunction; getDataType() returns JiraDataTypes.ISSUE for its issue ids) */
    public static final JiraDataType ISSUE = new JiraDataType() {
    };

    private JiraDataTypes() {
    }
}
