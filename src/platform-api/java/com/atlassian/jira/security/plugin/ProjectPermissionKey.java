package com.atlassian.jira.security.plugin;

/**
 * Stand-in (compile only, never packaged) for the key of a project permission, the type of ProjectPermissions' constants.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (as the type of ProjectPermissions.BROWSE_PROJECTS passed to hasPermission)
 */
public final class ProjectPermissionKey {

    public ProjectPermissionKey(String permissionKey) {
    }
}
