package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of screens.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenManagerMock.java (implements FieldScreenManager)
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/applinks/ScreensBackdoorResource.java (getFieldScreens; Jira 8.1) — old
 */
public interface FieldScreenManager {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldScreenManagerMock.java (overrides Collection<FieldScreen> getFieldScreens()); called in gnl42/jira-testkit@be4ee5a ScreensBackdoorResource.java (Jira 8.1) */
    Collection<FieldScreen> getFieldScreens();
}
