package com.atlassian.jira.issue.fields.screen;

/**
 * Stand-in (compile only, never packaged) for one field's place on a screen tab.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenLayoutItemMock.java (extends Stringable implements FieldScreenLayoutItem)
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/applinks/ScreensBackdoorResource.java (FieldScreenTab.getFieldScreenLayoutItem(String) → FieldScreenLayoutItem; Jira 8.1) — old
 */
public interface FieldScreenLayoutItem {
}
