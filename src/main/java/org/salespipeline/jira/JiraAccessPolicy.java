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
        return canBrowseProject(authenticationContext.getLoggedInUser(), projectKey);
    }

    @Override
    public boolean canBrowseDeal(String issueKey) {
        return canBrowseDeal(authenticationContext.getLoggedInUser(), issueKey);
    }

    /** Whether the given user (a JQL search's, who need not be the one logged in) may browse the project. */
    public boolean canBrowseProject(ApplicationUser user, String projectKey) {
        Project project = lookups.project(projectKey);
        return user != null && project != null
                && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    /** Whether the given user may browse the issue, as issue-level security allows. */
    public boolean canBrowseDeal(ApplicationUser user, String issueKey) {
        return hasIssuePermission(user, ProjectPermissions.BROWSE_PROJECTS, issueKey);
    }

    @Override
    public boolean canEditDeal(String issueKey) {
        return hasIssuePermission(authenticationContext.getLoggedInUser(), ProjectPermissions.EDIT_ISSUES, issueKey);
    }

    @Override
    public boolean isAdmin() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return user != null && globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }

    private boolean hasIssuePermission(ApplicationUser user, ProjectPermissionKey permission, String issueKey) {
        MutableIssue issue = lookups.issue(issueKey);
        return user != null && issue != null && permissionManager.hasPermission(permission, issue, user);
    }
}
