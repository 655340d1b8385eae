package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only, never packaged) for Jira's holder of the user making the current request.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (getLoggedInUser)
 */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();
}
