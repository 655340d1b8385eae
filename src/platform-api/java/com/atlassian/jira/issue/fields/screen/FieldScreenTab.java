package com.atlassian.jira.issue.fields.screen;

/**
 * Stand-in (compile only, never packaged) for one tab of a screen.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenTabMock.java (implements FieldScreenTab)
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/applinks/ScreensBackdoorResource.java (addFieldScreenLayoutItem(String), getFieldScreenLayoutItem(String); Jira 8.1) — old
 */
public interface FieldScreenTab {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenTabMock.java (overrides void addFieldScreenLayoutItem(String)); called in gnl42/jira-testkit@be4ee5a ScreensBackdoorResource.java (Jira 8.1) */
    void addFieldScreenLayoutItem(String fieldId);

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenTabMock.java (overrides FieldScreenLayoutItem getFieldScreenLayoutItem(String)) */
    FieldScreenLayoutItem getFieldScreenLayoutItem(String fieldId);
}
