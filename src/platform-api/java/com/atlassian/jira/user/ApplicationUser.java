package com.atlassian.jira.user;

/**
 * Stand-in (compile only, never packaged) for a Jira user.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 ApplicationUserMock.java (implements ApplicationUser); Jira 11 code uses and mocks it (atlassian-labs/atlassian-slack-integration-server@94c50dc IssuePanelResource.java), which does not show its kind
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java (ApplicationUser); getUsername as called in codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerProjectConfigurationAction.java
 */
public interface ApplicationUser {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 ApplicationUserMock.java (overrides String getUsername()); called in Jira 11.3 code (codescape/jira-scrum-poker@bb652fd ScrumPokerProjectConfigurationAction.java), which does not show ApplicationUser's kind */
    String getUsername();

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 ApplicationUserMock.java (overrides String getKey()): the key that stays when a user is renamed */
    String getKey();

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 ApplicationUserMock.java (overrides String getDisplayName()); called in Jira 11.3 and 10.3 code (codescape/jira-scrum-poker@bb652fd and @5d4c579 SessionEntityMapper.java), which does not show ApplicationUser's kind */
    String getDisplayName();
}
