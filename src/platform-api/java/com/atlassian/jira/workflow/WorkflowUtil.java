package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

/**
 * Stand-in (compile only, never packaged) for Jira's workflow helpers.
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/workflow/WorkflowUtils.java (WorkflowUtil.convertXMLtoWorkflowDescriptor(xml) throws FactoryException; Jira 7.13) — old
 */
public final class WorkflowUtil {

    private WorkflowUtil() {
    }

    public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String xml) throws FactoryException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
