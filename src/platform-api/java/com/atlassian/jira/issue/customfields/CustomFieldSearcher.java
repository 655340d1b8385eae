package com.atlassian.jira.issue.customfields;

/**
 * Stand-in (compile only, never packaged) for the searcher that makes a custom field searchable in JQL.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldSearcherMock.java (implements CustomFieldSearcher)
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (getCustomFieldSearcher(key) passed to createCustomField; Jira 7.13) — old
 */
public interface CustomFieldSearcher {
}
