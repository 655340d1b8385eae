package org.salespipeline.provisioning;

import java.util.Optional;

/** Jira's workflows and workflow schemes, and which scheme a project uses. */
public interface WorkflowPort extends JiraPart {

    /** The name under which Jira holds the workflow with this name, compared without regard to case. */
    Optional<String> findWorkflow(String name);

    /** Creates a workflow from its XML. */
    void createWorkflow(String name, String workflowXml);

    void deleteWorkflow(String name);

    /** The id of the workflow scheme with this name, compared without regard to case. */
    Optional<String> findWorkflowScheme(String name);

    /** Creates a scheme that runs the issue type through the workflow and returns its id. */
    String createWorkflowScheme(String name, String issueTypeId, String workflowName);

    void deleteWorkflowScheme(String schemeId);

    /** The id of the project's workflow scheme; empty when the project uses Jira's default scheme. */
    Optional<String> projectWorkflowScheme(String projectKey);

    /** Makes the project use the scheme; empty means Jira's default scheme. */
    void assignWorkflowScheme(String projectKey, Optional<String> schemeId);
}
