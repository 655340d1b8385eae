package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only, never packaged) for Jira's holder of the user making the current request.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java (@ComponentImport JiraAuthenticationContext)
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (getLoggedInUser)
 */
public interface JiraAuthenticationContext {

    /** Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerProjectConfigurationAction.java (ApplicationUser user = jiraAuthenticationContext.getLoggedInUser()) */
    ApplicationUser getLoggedInUser();
}
