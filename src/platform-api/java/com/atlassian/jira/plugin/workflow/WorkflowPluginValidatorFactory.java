package com.atlassian.jira.plugin.workflow;

import java.util.Map;

/**
 * Stand-in (compile only, never packaged) for the factory of a workflow validator module: turns the edit form into arguments.
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/workflow/CreateSubtasksWorkflowFunctionFactory.java (getDescriptorParams, as on the function factory; the validator interface is known from older Jira only)
 */
public interface WorkflowPluginValidatorFactory {

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
