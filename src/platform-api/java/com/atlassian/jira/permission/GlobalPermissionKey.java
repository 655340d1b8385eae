package com.atlassian.jira.permission;

/**
 * Stand-in (compile only, never packaged) for the key of a global permission.
 * Jira kind: class
 * Known only from: Jira 6.2 — Jira's own GlobalPermissionKey source (an unnamed public copy in the code index: public final class GlobalPermissionKey, @since 6.2.5, with static final ADMINISTER); Jira 11.3 code reads its constants (codescape/jira-multiple-subtasks@ce71581 ProjectAdministrationCondition.java), which does not show its kind
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/condition/ProjectAdministrationCondition.java (ADMINISTER)
 */
public final class GlobalPermissionKey {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 ProjectAdministrationCondition.java (globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, applicationUser))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 ProjectAdministrationCondition.java, the same use in its Jira 10.3.0 build
     */
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey();

    private GlobalPermissionKey() {
    }
}
