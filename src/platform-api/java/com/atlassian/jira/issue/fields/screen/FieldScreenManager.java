package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of screens.
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/applinks/ScreensBackdoorResource.java (getFieldScreens; Jira 8.1) — old
 */
public interface FieldScreenManager {

    Collection<FieldScreen> getFieldScreens();
}
