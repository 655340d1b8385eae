package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Stand-in (compile only, never packaged) for the base of the factories that configure workflow plugin modules.
 * Jira kind: abstract class
 * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 CreateSubtasksWorkflowFunctionFactory.java (extends AbstractWorkflowPluginFactory and implements its three abstract getVelocityParamsFor methods)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 CreateSubtasksWorkflowFunctionFactory.java, the same use in its Jira 10.3.0 build
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/workflow/CreateSubtasksWorkflowFunctionFactory.java (the three getVelocityParamsFor methods it overrides)
 */
public abstract class AbstractWorkflowPluginFactory {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 CreateSubtasksWorkflowFunctionFactory.java (a subclass whose implicit constructor calls this no-argument one)
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 CreateSubtasksWorkflowFunctionFactory.java, the same use in its Jira 10.3.0 build
     */
    public AbstractWorkflowPluginFactory() {
    }

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 CreateSubtasksWorkflowFunctionFactory.java (@Override protected void getVelocityParamsForInput(Map<String, Object>))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 CreateSubtasksWorkflowFunctionFactory.java, the same use in its Jira 10.3.0 build
     */
    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 CreateSubtasksWorkflowFunctionFactory.java (@Override protected void getVelocityParamsForEdit(Map<String, Object>, AbstractDescriptor))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 CreateSubtasksWorkflowFunctionFactory.java, the same use in its Jira 10.3.0 build
     */
    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 CreateSubtasksWorkflowFunctionFactory.java (@Override protected void getVelocityParamsForView(Map<String, Object>, AbstractDescriptor))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 CreateSubtasksWorkflowFunctionFactory.java, the same use in its Jira 10.3.0 build
     */
    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
