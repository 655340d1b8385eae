package com.atlassian.jira.project;

import java.util.List;

/**
 * Stand-in (compile only, never packaged) for Jira's access to projects.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java of its Jira plugin (@ComponentImport ProjectManager)
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/ProjectConfigurationResource.java (getProjectByCurrentKey; getProjectObjects as called in codescape/jira-multiple-subtasks@ce71581 SubtaskTemplateImportAction, Jira 11.3.3)
 */
public interface ProjectManager {

    /** Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackEditProjectSettings.java (final Project project = projectManager.getProjectByCurrentKey(projectKey)) */
    Project getProjectByCurrentKey(String projectKey);

    /** Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 SubtaskTemplateImportAction.java (projectManager.getProjectObjects().forEach(project -> ...)) */
    List<Project> getProjectObjects();
}
