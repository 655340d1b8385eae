package org.salespipeline.jira.provisioning;

import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.opensymphony.workflow.FactoryException;

/**
 * The one place that touches jira-core's ConfigurableJiraWorkflow. Kept apart so that a Jira without it
 * fails only when a workflow is created (a LinkageError provisioning handles), never when the app starts.
 */
final class CoreWorkflows {

    /** Builds the workflow Jira is to create from its XML; the fake of the adapter's tests stands in here. */
    interface Builder {
        JiraWorkflow fromXml(String name, String workflowXml, WorkflowManager workflowManager);
    }

    private CoreWorkflows() {
    }

    static JiraWorkflow fromXml(String name, String workflowXml, WorkflowManager workflowManager) {
        try {
            return new ConfigurableJiraWorkflow(name, WorkflowUtil.convertXMLtoWorkflowDescriptor(workflowXml), workflowManager);
        } catch (FactoryException unreadable) {
            throw new IllegalStateException("Jira could not read the generated workflow: " + unreadable.getMessage(), unreadable);
        }
    }
}
