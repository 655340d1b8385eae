package com.atlassian.jira.issue.fields.screen;

import java.util.List;

/**
 * Stand-in (compile only, never packaged) for a screen: its tabs of fields.
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/applinks/ScreensBackdoorResource.java (getId, getName, getTabs, getTab(int), removeFieldScreenLayoutItem(String); Jira 8.1) — old
 */
public interface FieldScreen {

    Long getId();

    String getName();

    List<FieldScreenTab> getTabs();

    FieldScreenTab getTab(int tabPosition);

    void removeFieldScreenLayoutItem(String fieldId);
}
