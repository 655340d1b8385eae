package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only, never packaged) for Jira's check of global permissions such as Jira administrator.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 ProjectAdministrationCondition.java (@ComponentImport GlobalPermissionManager)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 ProjectAdministrationCondition.java, the same use in its Jira 10.3.0 build
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/condition/ProjectAdministrationCondition.java (hasPermission)
 */
public interface GlobalPermissionManager {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 ProjectAdministrationCondition.java (return globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, applicationUser) || ..., a boolean)
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 ProjectAdministrationCondition.java, the same use in its Jira 10.3.0 build
     */
    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
