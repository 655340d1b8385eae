package com.atlassian.jira.issue.fields.screen;

/**
 * Stand-in (compile only, never packaged) for one tab of a screen.
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/applinks/ScreensBackdoorResource.java (addFieldScreenLayoutItem(String), getFieldScreenLayoutItem(String); Jira 8.1) — old
 */
public interface FieldScreenTab {

    void addFieldScreenLayoutItem(String fieldId);

    FieldScreenLayoutItem getFieldScreenLayoutItem(String fieldId);
}
