package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

/**
 * Stand-in (compile only, never packaged) for Jira's workflow helpers.
 * Jira kind: class
 * Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 JiraSchemeManager.java (WorkflowUtil.convertXMLtoWorkflowDescriptor(workflowDescriptor), a static call on the class)
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/workflow/WorkflowUtils.java (WorkflowUtil.convertXMLtoWorkflowDescriptor(xml) throws FactoryException; Jira 7.13) — old
 */
public final class WorkflowUtil {

    private WorkflowUtil() {
    }

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 JiraSchemeManager.java (WorkflowDescriptor myWorkflowDescriptor = WorkflowUtil.convertXMLtoWorkflowDescriptor(workflowDescriptor), a String of XML, in a try that handles FactoryException) */
    public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String xml) throws FactoryException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
