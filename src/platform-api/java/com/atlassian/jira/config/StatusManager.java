package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of workflow statuses.
 * Jira kind: interface
 * Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a StatusBackdoorResource.java (a StatusManager injected as a component)
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/workflow/WorkflowUtils.java (getStatuses, createStatus with a category; Jira 7.13) and gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/StatusBackdoorResource.java (removeStatus; Jira 8.1) — old
 */
public interface StatusManager {

    /** Known only from: Jira 7.13 — Semmle/lgtm-jira-addon@f20b54e WorkflowUtils.java (statusManager.getStatuses() iterated as Status) */
    Collection<Status> getStatuses();

    /** Known only from: Jira 7.13 — Semmle/lgtm-jira-addon@f20b54e WorkflowUtils.java (return statusManager.createStatus(statusName, description, "status.png", category) as a Status) */
    Status createStatus(String name, String description, String iconUrl, StatusCategory statusCategory);

    /** Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a StatusBackdoorResource.java (statusManager.removeStatus(String.valueOf(id))) */
    void removeStatus(String id);
}
