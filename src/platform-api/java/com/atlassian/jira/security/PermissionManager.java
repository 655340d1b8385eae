package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only, never packaged) for Jira's project and issue permission checks.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java (@ComponentImport PermissionManager)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ScrumPokerAction.java (@ComponentImport PermissionManager), its Jira 10.3.0 build
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java (issue); atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/spi/impl/JiraSlackLinkAccessManager.java (project)
 */
public interface PermissionManager {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd ScrumPokerPermissions.java (return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issueManager.getIssueObject(key), user), a boolean)
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 ScrumPokerAction.java (permissionManager.hasPermission(BROWSE_PROJECTS, issue, user)), its Jira 10.3.0 build
     */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 ProjectAdministrationCondition.java (permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, applicationUser) in a boolean expression)
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 ProjectAdministrationCondition.java, the same use in its Jira 10.3.0 build
     */
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
