package com.atlassian.jira.security.plugin;

/**
 * Stand-in (compile only, never packaged) for the key of a project permission, the type of ProjectPermissions' constants.
 * Jira kind: class
 * Known only from: Jira 6 — Jira's own ProjectPermissionKey source (an unnamed public copy in the code index: public final class ProjectPermissionKey, with ProjectPermissionKey(String) beside a deprecated ProjectPermissionKey(int)); Jira 11.3 code passes ProjectPermissions' constants as it (codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java), which does not show its kind
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (as the type of ProjectPermissions.BROWSE_PROJECTS passed to hasPermission)
 */
public final class ProjectPermissionKey {

    /** Known only from: Jira 6 — Jira's own ProjectPermissionKey source (an unnamed public copy in the code index: ProjectPermissionKey(String permissionKey)); only the stand-in's own constants call it, the app does not */
    public ProjectPermissionKey(String permissionKey) {
    }
}
