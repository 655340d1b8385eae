package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Stand-in (compile only, never packaged) for the base of the factories that configure workflow plugin modules.
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/workflow/CreateSubtasksWorkflowFunctionFactory.java (the three getVelocityParamsFor methods it overrides)
 */
public abstract class AbstractWorkflowPluginFactory {

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
