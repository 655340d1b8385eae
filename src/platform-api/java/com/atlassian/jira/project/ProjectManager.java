package com.atlassian.jira.project;

import java.util.List;

/**
 * Stand-in (compile only, never packaged) for Jira's access to projects.
 * Checked: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/ProjectConfigurationResource.java (getProjectByCurrentKey; getProjectObjects as called in codescape/jira-multiple-subtasks@ce71581 SubtaskTemplateImportAction, Jira 11.3.3)
 */
public interface ProjectManager {

    Project getProjectByCurrentKey(String projectKey);

    List<Project> getProjectObjects();
}
