package org.salespipeline.jira;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.salespipeline.configuration.ProjectStatuses;

/**
 * Jira's projects (the port's Project and Status records shadow Jira's types of those names here), and the statuses of the workflow that a project's Deal issue type uses (the project's
 * workflow scheme decides which); a project without a Deal type has none.
 */
public class JiraProjectStatuses implements ProjectStatuses {

    private final ProjectManager projectManager;
    private final WorkflowManager workflowManager;

    public JiraProjectStatuses(ProjectManager projectManager, WorkflowManager workflowManager) {
        this.projectManager = projectManager;
        this.workflowManager = workflowManager;
    }

    @Override
    public List<ProjectStatuses.Project> projects() {
        return projectManager.getProjectObjects().stream()
                .map(project -> new ProjectStatuses.Project(project.getKey(), project.getName()))
                .sorted(Comparator.comparing(ProjectStatuses.Project::key))
                .toList();
    }

    @Override
    public List<ProjectStatuses.Status> statuses(String projectKey) {
        com.atlassian.jira.project.Project project = projectManager.getProjectByCurrentKey(projectKey);
        if (project == null) {
            return List.of();
        }
        Optional<IssueType> deal = project.getIssueTypes().stream()
                .filter(type -> JiraDeals.DEAL_TYPE.equals(type.getName()))
                .findFirst();
        JiraWorkflow workflow = deal.map(type -> workflowManager.getWorkflow(project.getId(), type.getId())).orElse(null);
        if (workflow == null) {
            return List.of();
        }
        return workflow.getLinkedStatusObjects().stream().map(JiraProjectStatuses::status).toList();
    }

    private static ProjectStatuses.Status status(com.atlassian.jira.issue.status.Status status) {
        String category = status.getStatusCategory() == null ? null : status.getStatusCategory().getKey();
        return new ProjectStatuses.Status(status.getId(), status.getName(), category);
    }
}
