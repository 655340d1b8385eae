package com.atlassian.jira.issue.fields;

/**
 * Stand-in (compile only, never packaged) for a field that can have contexts; custom fields are such fields.
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (imports ConfigurableField; a CustomField passed to createFieldConfigScheme; Jira 8.1) — old
 */
public interface ConfigurableField {
}
