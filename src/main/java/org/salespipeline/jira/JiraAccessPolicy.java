package org.salespipeline.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
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
    private final GlobalPermissionManager globalPermissionManager;
    private final JiraBrowsePermission permissions;

    public JiraAccessPolicy(JiraAuthenticationContext authenticationContext, PermissionManager permissionManager,
            GlobalPermissionManager globalPermissionManager, JiraLookups lookups) {
        this.authenticationContext = authenticationContext;
        this.globalPermissionManager = globalPermissionManager;
        this.permissions = new JiraBrowsePermission(permissionManager, lookups);
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.ofNullable(authenticationContext.getLoggedInUser()).map(ApplicationUser::getUsername);
    }

    @Override
    public Optional<String> currentUserKey() {
        return Optional.ofNullable(authenticationContext.getLoggedInUser()).map(ApplicationUser::getKey);
    }

    @Override
    public boolean canBrowseProject(String projectKey) {
        return permissions.canBrowseProject(authenticationContext.getLoggedInUser(), projectKey);
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
        return permissions.hasPermission(authenticationContext.getLoggedInUser(), permission, issueKey);
    }
}
