package org.salespipeline.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

/** Finds Jira projects and issues by key (a project also by id); null when there is none. */
public class JiraLookups {

    private final ProjectManager projectManager;
    private final IssueManager issueManager;

    public JiraLookups(ProjectManager projectManager, IssueManager issueManager) {
        this.projectManager = projectManager;
        this.issueManager = issueManager;
    }

    public Project project(String projectKey) {
        return projectManager.getProjectByCurrentKey(projectKey);
    }

    /** The project with the id, read from every project: for the rare query that names a project by its id. */
    public Project projectById(long projectId) {
        return projectManager.getProjectObjects().stream()
                .filter(project -> project.getId() != null && project.getId() == projectId)
                .findFirst().orElse(null);
    }

    public MutableIssue issue(String issueKey) {
        return issueManager.getIssueObject(issueKey);
    }
}
