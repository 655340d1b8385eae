package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.fields.ConfigurableField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;

/**
 * Stand-in (compile only, never packaged) for the manager of custom field contexts.
 * Jira kind: interface
 * Confirmed: Jira 10.3 — alanmosely/jira-watcher-field-plugin@47ceeb1 WatcherFieldType.java (@ComponentImport FieldConfigSchemeManager in a Jira 10.3.0 build)
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (createFieldConfigScheme, removeFieldConfigScheme(Long); Jira 8.1) — old
 */
public interface FieldConfigSchemeManager {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldConfigSchemeManagerMock.java (overrides FieldConfigScheme createFieldConfigScheme(FieldConfigScheme, List<JiraContextNode>, List<IssueType>, ConfigurableField)); called so in gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (Jira 8.1) */
    FieldConfigScheme createFieldConfigScheme(FieldConfigScheme configScheme, List<JiraContextNode> contexts,
            List<IssueType> issueTypes, ConfigurableField field);

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldConfigSchemeManagerMock.java (overrides void removeFieldConfigScheme(Long)) */
    void removeFieldConfigScheme(Long fieldConfigSchemeId);
}
