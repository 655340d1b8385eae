package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for the manager of issue type schemes (the issue types a project offers).
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (getIssueTypesForProject, getConfigScheme, update; Jira 7.13) — old
 */
public interface IssueTypeSchemeManager {

    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);
}
