package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.fields.ConfigurableField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;

/**
 * Stand-in (compile only, never packaged) for the manager of custom field contexts.
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (createFieldConfigScheme, removeFieldConfigScheme(Long); Jira 8.1) — old
 */
public interface FieldConfigSchemeManager {

    FieldConfigScheme createFieldConfigScheme(FieldConfigScheme configScheme, List<JiraContextNode> contexts,
            List<IssueType> issueTypes, ConfigurableField field);

    void removeFieldConfigScheme(Long fieldConfigSchemeId);
}
