package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of workflows. Its WorkflowException is unchecked, so the
 * stand-in leaves it out of the throws clauses.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java of its Jira plugin (@ComponentImport WorkflowManager)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ComponentImports.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: cures-hub/cures-condec-jira@fbadb34925ef379f4929c9370e31c993825592f6:src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowManager.java (createWorkflow(ApplicationUser, JiraWorkflow), deleteWorkflow, getWorkflow(String), getWorkflows; Jira 8.20) — old; getWorkflow(Long projectId, String issueTypeId) in Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (Jira 7.13) — old
 */
public interface WorkflowManager {

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowManager.java (overrides void createWorkflow(ApplicationUser, JiraWorkflow) throws WorkflowException) */
    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowManager.java (overrides void deleteWorkflow(JiraWorkflow) throws WorkflowException) */
    void deleteWorkflow(JiraWorkflow workflow);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowManager.java (overrides JiraWorkflow getWorkflow(Long, String) throws WorkflowException) */
    JiraWorkflow getWorkflow(Long projectId, String issueTypeId);

    /** Known only from: Jira 7.13 — Semmle/lgtm-jira-addon@f20b54e LgtmServlet.java (JiraWorkflow workflow = getWorkflowManager().getWorkflow(issue)); Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 JiraIssuePersistenceManager.java (workflowManager.getWorkflow(issue)) */
    JiraWorkflow getWorkflow(Issue issue);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowManager.java (overrides JiraWorkflow getWorkflow(String)) */
    JiraWorkflow getWorkflow(String name);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowManager.java (overrides Collection<JiraWorkflow> getWorkflows()) */
    Collection<JiraWorkflow> getWorkflows();
}
