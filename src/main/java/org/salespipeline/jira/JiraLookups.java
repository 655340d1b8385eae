package org.salespipeline.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

/** Finds Jira projects and issues by key; null when there is none. */
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

    public MutableIssue issue(String issueKey) {
        return issueManager.getIssueObject(issueKey);
    }
}
