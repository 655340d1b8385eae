package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for the manager of issue type schemes (the issue types a project offers).
 * Jira kind: interface
 * Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockIssueTypeSchemeManager.java (implements IssueTypeSchemeManager)
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (getIssueTypesForProject, getConfigScheme, update; Jira 7.13) — old
 */
public interface IssueTypeSchemeManager {

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockIssueTypeSchemeManager.java (overrides FieldConfigScheme getConfigScheme(Project)) */
    FieldConfigScheme getConfigScheme(Project project);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockIssueTypeSchemeManager.java (overrides Collection<IssueType> getIssueTypesForProject(Project)) */
    Collection<IssueType> getIssueTypesForProject(Project project);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockIssueTypeSchemeManager.java (overrides FieldConfigScheme update(FieldConfigScheme, Collection<String>)) */
    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);
}
