package org.salespipeline.jira.provisioning;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

/** The project a provisioning call is about; an unknown key is a failure of the step that asked. */
final class JiraProjects {

    private JiraProjects() {
    }

    static Project require(ProjectManager projectManager, String projectKey) {
        Project project = projectManager.getProjectByCurrentKey(projectKey);
        if (project == null) {
            throw new IllegalStateException("Jira has no project " + projectKey);
        }
        return project;
    }
}
