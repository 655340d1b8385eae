package com.atlassian.jira.exception;

/**
 * Stand-in (compile only, never packaged) for the checked exception of removing a custom field.
 * Jira kind: class
 * Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (catches RemoveException from customFieldManager.removeCustomField, so a checked exception class)
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (customFieldManager.removeCustomField throws RemoveException; Jira 8.1) — old
 */
public class RemoveException extends Exception {

    private static final long serialVersionUID = 1L;

    private RemoveException() {
    }
}
