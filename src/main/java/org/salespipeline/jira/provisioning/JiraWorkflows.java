package org.salespipeline.jira.provisioning;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import java.util.List;
import java.util.Optional;
import org.ofbiz.core.entity.GenericEntityException;
import org.salespipeline.jira.HostService;
import org.salespipeline.provisioning.WorkflowPort;

/**
 * Jira's workflows and workflow schemes. Creating a workflow needs jira-core (see {@link CoreWorkflows});
 * where a Jira lacks it, the call fails with a LinkageError and provisioning hands the XML over instead.
 */
public class JiraWorkflows implements WorkflowPort {

    private final WorkflowManager workflowManager;
    private final WorkflowSchemeManager schemeManager;
    private final ProjectManager projectManager;
    private final JiraAuthenticationContext authenticationContext;
    private final CoreWorkflows.Builder builder;

    public JiraWorkflows(WorkflowManager workflowManager, WorkflowSchemeManager schemeManager, ProjectManager projectManager,
            JiraAuthenticationContext authenticationContext) {
        this(workflowManager, schemeManager, projectManager, authenticationContext, CoreWorkflows::fromXml);
    }

    JiraWorkflows(WorkflowManager workflowManager, WorkflowSchemeManager schemeManager, ProjectManager projectManager,
            JiraAuthenticationContext authenticationContext, CoreWorkflows.Builder builder) {
        this.workflowManager = workflowManager;
        this.schemeManager = schemeManager;
        this.projectManager = projectManager;
        this.authenticationContext = authenticationContext;
        this.builder = builder;
    }

    @Override
    public Optional<String> findWorkflow(String name) {
        return workflowManager.getWorkflows().stream().map(JiraWorkflow::getName).filter(name::equalsIgnoreCase).findFirst();
    }

    @Override
    public void createWorkflow(String name, String workflowXml) {
        workflowManager.createWorkflow(authenticationContext.getLoggedInUser(),
                builder.fromXml(name, workflowXml, workflowManager));
    }

    @Override
    public void deleteWorkflow(String name) {
        workflowManager.deleteWorkflow(workflowManager.getWorkflow(name));
    }

    @Override
    public Optional<String> findWorkflowScheme(String name) {
        return schemeManager.getSchemeObjects().stream().filter(scheme -> name.equalsIgnoreCase(scheme.getName()))
                .map(scheme -> String.valueOf(scheme.getId())).findFirst();
    }

    @Override
    public String createWorkflowScheme(String name, String issueTypeId, String workflowName) {
        AssignableWorkflowScheme scheme = schemeManager.createScheme(schemeManager.assignableBuilder().setName(name)
                .setDescription("Runs deals through the sales pipeline's workflow.")
                .setMapping(issueTypeId, workflowName).build());
        return String.valueOf(scheme.getId());
    }

    @Override
    public void deleteWorkflowScheme(String schemeId) {
        try {
            schemeManager.deleteScheme(Long.valueOf(schemeId));
        } catch (GenericEntityException failure) {
            throw new IllegalStateException("Jira could not delete workflow scheme " + schemeId, failure);
        }
    }

    @Override
    public Optional<String> projectWorkflowScheme(String projectKey) {
        AssignableWorkflowScheme scheme = schemeManager.getWorkflowSchemeObj(JiraProjects.require(projectManager, projectKey));
        return scheme == null || scheme.isDefault() || scheme.getId() == null ? Optional.empty()
                : Optional.of(String.valueOf(scheme.getId()));
    }

    @Override
    public void assignWorkflowScheme(String projectKey, Optional<String> schemeId) {
        Project project = JiraProjects.require(projectManager, projectKey);
        schemeManager.removeSchemesFromProject(project);
        if (schemeId.isPresent()) {
            Scheme scheme = schemeManager.getSchemeObject(Long.valueOf(schemeId.get()));
            schemeManager.addSchemeToProject(project, scheme);
        }
    }

    @Override
    public List<String> unavailable() {
        return HostService.missing(HostService.of(WorkflowManager.class, workflowManager),
                HostService.of(WorkflowSchemeManager.class, schemeManager),
                HostService.of(ProjectManager.class, projectManager),
                HostService.of(JiraAuthenticationContext.class, authenticationContext));
    }
}
