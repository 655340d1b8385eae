package org.salespipeline.jira;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Optional;
import org.salespipeline.access.AccessPolicy;

/** The access policy in Jira: its logged-in user, browse and edit permissions, and Jira administration. */
public class JiraAccessPolicy implements AccessPolicy {

    private final JiraAuthenticationContext authenticationContext;
    private final PermissionManager permissionManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final JiraLookups lookups;

    public JiraAccessPolicy(JiraAuthenticationContext authenticationContext, PermissionManager permissionManager,
            GlobalPermissionManager globalPermissionManager, JiraLookups lookups) {
        this.authenticationContext = authenticationContext;
        this.permissionManager = permissionManager;
        this.globalPermissionManager = globalPermissionManager;
        this.lookups = lookups;
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.ofNullable(authenticationContext.getLoggedInUser()).map(ApplicationUser::getUsername);
    }

    @Override
    public boolean canBrowseProject(String projectKey) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Project project = lookups.project(projectKey);
        return user != null && project != null
                && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    @Override
    public boolean canBrowseDeal(String issueKey) {
        return hasIssuePermission(ProjectPermissions.BROWSE_PROJECTS, issueKey);
    }

    @Override
    public boolean canEditDeal(String issueKey) {
        return hasIssuePermission(ProjectPermissions.EDIT_ISSUES, issueKey);
    }

    @Override
    public boolean isAdmin() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return user != null && globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }

    private boolean hasIssuePermission(ProjectPermissionKey permission, String issueKey) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        MutableIssue issue = lookups.issue(issueKey);
        return user != null && issue != null && permissionManager.hasPermission(permission, issue, user);
    }
}
