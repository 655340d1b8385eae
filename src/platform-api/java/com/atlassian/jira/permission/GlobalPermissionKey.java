package com.atlassian.jira.permission;

/**
 * Stand-in (compile only, never packaged) for the key of a global permission.
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/condition/ProjectAdministrationCondition.java (ADMINISTER, SYSTEM_ADMIN)
 */
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey();
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey();

    private GlobalPermissionKey() {
    }
}
