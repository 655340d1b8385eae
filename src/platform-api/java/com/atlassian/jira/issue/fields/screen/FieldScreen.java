package com.atlassian.jira.issue.fields.screen;

import java.util.List;

/**
 * Stand-in (compile only, never packaged) for a screen: its tabs of fields.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenMock.java (implements FieldScreen)
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/applinks/ScreensBackdoorResource.java (getId, getName, getTabs, getTab(int), removeFieldScreenLayoutItem(String); Jira 8.1) — old
 */
public interface FieldScreen {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenMock.java (overrides Long getId()); called in gnl42/jira-testkit@be4ee5a ScreensBackdoorResource.java (Jira 8.1) */
    Long getId();

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenMock.java (overrides String getName()) */
    String getName();

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenMock.java (overrides List<FieldScreenTab> getTabs()) */
    List<FieldScreenTab> getTabs();

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenMock.java (overrides FieldScreenTab getTab(int)) */
    FieldScreenTab getTab(int tabPosition);

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenMock.java (overrides void removeFieldScreenLayoutItem(String)) */
    void removeFieldScreenLayoutItem(String fieldId);
}
