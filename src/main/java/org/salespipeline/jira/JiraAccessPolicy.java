package org.salespipeline.jira;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Optional;
import org.salespipeline.access.AccessPolicy;

/** The access policy in Jira: its logged-in user and its browse permission on projects and issues. */
public class JiraAccessPolicy implements AccessPolicy {

    private final JiraAuthenticationContext authenticationContext;
    private final PermissionManager permissionManager;
    private final JiraLookups lookups;

    public JiraAccessPolicy(JiraAuthenticationContext authenticationContext, PermissionManager permissionManager,
            JiraLookups lookups) {
        this.authenticationContext = authenticationContext;
        this.permissionManager = permissionManager;
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
        ApplicationUser user = authenticationContext.getLoggedInUser();
        MutableIssue issue = lookups.issue(issueKey);
        return user != null && issue != null
                && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }
}
