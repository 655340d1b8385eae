package com.atlassian.jira.plugin.workflow;

import java.util.Map;

/**
 * Stand-in (compile only, never packaged) for the factory of a workflow validator module: turns the edit form into
 * arguments. In Jira it extends WorkflowPluginFactory, which declares getDescriptorParams.
 * Jira kind: interface
 * Known only from: Jira 7.0 — https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/plugin/workflow/WorkflowPermissionValidatorPluginFactory.html (implements WorkflowPluginValidatorFactory); the workflow-validator module that names it is still on developer.atlassian.com's Data Center "Workflow modules" page, which names no Jira version; no Jira 10/11 app seen implements it
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/workflow/CreateSubtasksWorkflowFunctionFactory.java (getDescriptorParams, as on the function factory; the validator interface is known from older Jira only)
 */
public interface WorkflowPluginValidatorFactory {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 CreateSubtasksWorkflowFunctionFactory.java (@Override public Map<String, ?> getDescriptorParams(Map<String, Object>) of WorkflowPluginFactory, which this interface extends in Jira: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html)
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 CreateSubtasksWorkflowFunctionFactory.java, the same use in its Jira 10.3.0 build
     */
    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
