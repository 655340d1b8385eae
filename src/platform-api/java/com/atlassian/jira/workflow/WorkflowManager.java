package com.atlassian.jira.workflow;

/**
 * Stand-in (compile only, never packaged) for Jira's access to workflows: the workflow a project uses for an issue type.
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (getWorkflow(project.getId(), issueType.getId()); old: Jira 7.13, not confirmed for Jira 11)
 */
public interface WorkflowManager {

    JiraWorkflow getWorkflow(Long projectId, String issueTypeId);
}
