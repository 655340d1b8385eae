package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only, never packaged) for Jira's check of global permissions such as Jira administrator.
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/condition/ProjectAdministrationCondition.java (hasPermission)
 */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
