package org.salespipeline.jira;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's permission checks for a given user: browsing a project, and a permission on an issue (which honours
 * issue-level security). Nobody anonymous passes, and neither does a project or issue that does not exist.
 */
public class JiraBrowsePermission {

    private final PermissionManager permissionManager;
    private final JiraLookups lookups;

    public JiraBrowsePermission(PermissionManager permissionManager, JiraLookups lookups) {
        this.permissionManager = permissionManager;
        this.lookups = lookups;
    }

    public boolean canBrowseProject(ApplicationUser user, String projectKey) {
        Project project = lookups.project(projectKey);
        return user != null && project != null
                && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    public boolean canBrowseIssue(ApplicationUser user, String issueKey) {
        return hasPermission(user, ProjectPermissions.BROWSE_PROJECTS, issueKey);
    }

    public boolean hasPermission(ApplicationUser user, ProjectPermissionKey permission, String issueKey) {
        MutableIssue issue = lookups.issue(issueKey);
        return user != null && issue != null && permissionManager.hasPermission(permission, issue, user);
    }
}
