package com.atlassian.jira.issue.customfields;

/**
 * Stand-in (compile only, never packaged) for a custom field type, such as a number or a select list.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldTypeMock.java (implements CustomFieldType); Jira 11.3 code reads a field's type key through it (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java, customField.getCustomFieldType().getKey()), which does not show its kind
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (getCustomFieldType(key) passed to createCustomField; Jira 7.13) — old
 */
public interface CustomFieldType<T, S> {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldTypeMock.java (implements CustomFieldType); called the same way in Jira 11.3 code (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java, a String compared with "com.atlassian.jira.plugin.system.customfieldtypes:select"), which does not show the type's kind */
    String getKey();
}
