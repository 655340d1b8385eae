package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of workflows (imported by Jira 11 apps: atlassian-labs/atlassian-slack-integration-server ComponentImports).
 * Checked: cures-hub/cures-condec-jira@fbadb34925ef379f4929c9370e31c993825592f6:src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowManager.java (createWorkflow(ApplicationUser, JiraWorkflow), deleteWorkflow, getWorkflow(String), getWorkflows; Jira 8.20) — old; getWorkflow(Long projectId, String issueTypeId) in Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (Jira 7.13) — old
 */
public interface WorkflowManager {

    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow);

    void deleteWorkflow(JiraWorkflow workflow);

    JiraWorkflow getWorkflow(Long projectId, String issueTypeId);

    JiraWorkflow getWorkflow(String name);

    Collection<JiraWorkflow> getWorkflows();
}
