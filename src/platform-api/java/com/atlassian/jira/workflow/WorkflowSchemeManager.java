package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of workflow schemes. In Jira, getSchemeObject,
 * getSchemeObjects, deleteScheme, addSchemeToProject and removeSchemesFromProject are declared by its superinterface
 * SchemeManager; calls compiled against WorkflowSchemeManager resolve to them all the same.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java of its Jira plugin (@ComponentImport WorkflowSchemeManager)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ComponentImports.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: cures-hub/cures-condec-jira@fbadb34925ef379f4929c9370e31c993825592f6:src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java (assignableBuilder, createScheme, getSchemeObject(Long), getSchemeObjects, deleteScheme(Long) throws GenericEntityException, getWorkflowSchemeObj(Project), addSchemeToProject(Project, Scheme), removeSchemesFromProject(Project); Jira 8.20) — old
 */
public interface WorkflowSchemeManager {

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides AssignableWorkflowScheme.Builder assignableBuilder()) */
    AssignableWorkflowScheme.Builder assignableBuilder();

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides AssignableWorkflowScheme createScheme(AssignableWorkflowScheme)) */
    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme workflowScheme);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides Scheme getSchemeObject(Long) throws DataAccessException, an unchecked exception) */
    Scheme getSchemeObject(Long id);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides List<Scheme> getSchemeObjects() throws DataAccessException) */
    List<Scheme> getSchemeObjects();

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides void deleteScheme(Long) throws GenericEntityException) */
    void deleteScheme(Long id) throws GenericEntityException;

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides AssignableWorkflowScheme getWorkflowSchemeObj(Project)) */
    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides void addSchemeToProject(Project, Scheme)); also https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/scheme/SchemeManager.html */
    void addSchemeToProject(Project project, Scheme scheme);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockWorkflowSchemeManager.java (overrides void removeSchemesFromProject(Project)) */
    void removeSchemesFromProject(Project project);
}
