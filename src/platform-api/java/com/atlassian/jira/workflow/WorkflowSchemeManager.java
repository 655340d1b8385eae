package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of workflow schemes (imported by Jira 11 apps: atlassian-labs/atlassian-slack-integration-server ComponentImports).
 * Checked: cures-hub/cures-condec-jira@fbadb34925ef379f4929c9370e31c993825592f6:src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java (assignableBuilder, createScheme, getSchemeObject(Long), getSchemeObjects, deleteScheme(Long) throws GenericEntityException, getWorkflowSchemeObj(Project), addSchemeToProject(Project, Scheme), removeSchemesFromProject(Project); Jira 8.20) — old
 */
public interface WorkflowSchemeManager {

    AssignableWorkflowScheme.Builder assignableBuilder();

    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme workflowScheme);

    Scheme getSchemeObject(Long id);

    List<Scheme> getSchemeObjects();

    void deleteScheme(Long id) throws GenericEntityException;

    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

    void addSchemeToProject(Project project, Scheme scheme);

    void removeSchemesFromProject(Project project);
}
