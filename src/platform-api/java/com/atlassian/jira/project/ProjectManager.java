package com.atlassian.jira.project;

import java.util.List;

/**
 * Stand-in (compile only, never packaged) for Jira's access to projects.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java of its Jira plugin (@ComponentImport ProjectManager)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ComponentImports.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/ProjectConfigurationResource.java (getProjectByCurrentKey; getProjectObjects as called in codescape/jira-multiple-subtasks@ce71581 SubtaskTemplateImportAction, Jira 11.3.3)
 */
public interface ProjectManager {

    /**
     * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc SlackEditProjectSettings.java (final Project project = projectManager.getProjectByCurrentKey(projectKey))
     * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e SlackEditProjectSettings.java, the same use in its Jira 10.0.0 and 10.7.0 builds
     */
    Project getProjectByCurrentKey(String projectKey);

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 SubtaskTemplateImportAction.java (projectManager.getProjectObjects().forEach(project -> ...))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 SubtaskTemplateImportAction.java, the same use in its Jira 10.3.0 build
     */
    List<Project> getProjectObjects();
}
