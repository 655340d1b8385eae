package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only, never packaged) for Jira's holder of the user making the current request.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java (@ComponentImport JiraAuthenticationContext)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ScrumPokerAction.java (@ComponentImport JiraAuthenticationContext), its Jira 10.3.0 build
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (getLoggedInUser)
 */
public interface JiraAuthenticationContext {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerProjectConfigurationAction.java (ApplicationUser user = jiraAuthenticationContext.getLoggedInUser())
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ScrumPokerProjectConfigurationAction.java, the same use in its Jira 10.3.0 build
     */
    ApplicationUser getLoggedInUser();

    /**
     * Unconfirmed: no Jira 10/11 source at hand shows it; Jira's own JiraLocaleResolver (com.atlassian.jira.i18n, of
     * an older, unversioned source) answers SAL's getLocale() with jiraAuthenticationContext.getLocale(): the
     * language of the user's Jira profile, else Jira's default. Hebrew may come as the legacy code iw or as he.
     */
    java.util.Locale getLocale();
}
