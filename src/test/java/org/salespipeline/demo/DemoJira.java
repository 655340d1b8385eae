package org.salespipeline.demo;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.demo.data.PipelineSpec;

/**
 * The part of Jira the demo host stands in for: two users, the projects and issues of its data, who may
 * browse what, and the user of the current request.
 */
public final class DemoJira {

    public static final String ADMIN = "admin";
    public static final String REP = "rep";

    private final ThreadLocal<ApplicationUser> currentUser = new ThreadLocal<>();
    private final Map<String, Project> projects;
    private final Map<String, MutableIssue> issues;
    private final String repProject;

    public DemoJira(HistoryFile data) {
        this.projects = data.pipelines().stream().map(PipelineSpec::project)
                .collect(Collectors.toMap(Function.identity(), key -> (Project) () -> key));
        this.issues = data.deals().stream().map(DealSpec::key)
                .collect(Collectors.toMap(Function.identity(), key -> (MutableIssue) () -> key));
        this.repProject = data.pipelines().get(0).project();
    }

    /** The user for a name and password, or null: each demo user's password is its name. */
    public ApplicationUser authenticate(String username, String password) {
        return List.of(ADMIN, REP).contains(username) && username.equals(password) ? user(username) : null;
    }

    public void runAs(ApplicationUser user, Runnable request) {
        currentUser.set(user);
        try {
            request.run();
        } finally {
            currentUser.remove();
        }
    }

    public Set<String> projectsOf(String username) {
        return ADMIN.equals(username) ? projects.keySet() : Set.of(repProject);
    }

    public JiraAuthenticationContext authenticationContext() {
        return currentUser::get;
    }

    public ProjectManager projectManager() {
        return projects::get;
    }

    public IssueManager issueManager() {
        return issues::get;
    }

    public PermissionManager permissionManager() {
        return new PermissionManager() {
            @Override
            public boolean hasPermission(ProjectPermissionKey key, Issue issue, ApplicationUser user) {
                return user != null && projectsOf(user.getUsername()).contains(issue.getKey().replaceAll("-\\d+$", ""));
            }

            @Override
            public boolean hasPermission(ProjectPermissionKey key, Project project, ApplicationUser user) {
                return user != null && projectsOf(user.getUsername()).contains(project.getKey());
            }
        };
    }

    private static ApplicationUser user(String username) {
        return () -> username;
    }
}
