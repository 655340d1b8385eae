package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only, never packaged) for Jira's user look-ups (not SAL's UserManager of the same simple name).
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd SessionEntityMapper.java (constructor takes @ComponentImport com.atlassian.jira.user.util.UserManager; calls getUserByKey)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 SessionEntityMapper.java, the same use in its Jira 10.3.0 build
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/rest/mapper/SessionEntityMapper.java (getUserByKey); https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html (getUserByName, getUserByKey)
 */
public interface UserManager {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd SessionEntityMapper.java (ApplicationUser user = userManager.getUserByKey(key), null for an unknown key)
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 SessionEntityMapper.java, the same use in its Jira 10.3.0 build
     */
    ApplicationUser getUserByKey(String userKey);

    /** Known only from: Jira 6.3 — https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html (ApplicationUser getUserByName(String); user names are matched case-insensitively) */
    ApplicationUser getUserByName(String userName);
}
