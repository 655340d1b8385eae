package com.atlassian.jira.issue.fields;

/**
 * Stand-in (compile only, never packaged) for a field that can have contexts; custom fields are such fields. Jira 8.1
 * declares it with a type parameter (ConfigurableField&lt;?&gt; in gnl42/jira-testkit); the stand-in leaves it out, as
 * it is erased and the app never names it.
 * Jira kind: interface
 * Known only from: Jira 6 — Jira's own CustomField source (an unnamed public copy in the code index: public interface CustomField extends NavigableField, HideableField, ConfigurableField, ...), an interface extending it
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (imports ConfigurableField; a CustomField passed to createFieldConfigScheme; Jira 8.1) — old
 */
public interface ConfigurableField {
}
