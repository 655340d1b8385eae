package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Stand-in (compile only, never packaged) for the keys of Jira's system project permissions.
 * Jira kind: class
 * Unconfirmed: its kind — Jira 11.3 code only reads its constants (codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java), and a static field is read the same way from a class or an interface, so the app does not depend on it; Jira's own ProjectPermissionKey source statically imports ProjectPermissions.systemProjectPermissionKeyByShortName, a method, so it holds more than constants
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (BROWSE_PROJECTS, EDIT_ISSUES)
 */
public class ProjectPermissions {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java (permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user), a ProjectPermissionKey)
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ScrumPokerAction.java (import static ProjectPermissions.BROWSE_PROJECTS, passed to hasPermission), its Jira 10.3.0 build
     */
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java (permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user), a ProjectPermissionKey)
     * Jira 10.3: not confirmed — codescape/jira-scrum-poker@5d4c579 (its Jira 10.3.0 build) does not use EDIT_ISSUES
     */
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
}
