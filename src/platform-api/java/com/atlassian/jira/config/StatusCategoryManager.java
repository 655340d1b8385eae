package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Stand-in (compile only, never packaged) for Jira's lookup of status categories.
 * Jira kind: interface
 * Known only from: Jira 7.13 — Semmle/lgtm-jira-addon@f20b54e WorkflowUtils.java (ComponentAccessor.getComponent(StatusCategoryManager.class))
 * Checked: Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/workflow/WorkflowUtils.java (StatusCategoryManager as a component; Jira 7.13); getStatusCategoryByKey is known from older Jira sources only (PLATFORM-API.md, Provisioning)
 */
public interface StatusCategoryManager {

    /** Known only from: Jira 6 — Jira's own StatusCategoryManager source (an unnamed public copy in the code index: StatusCategory getStatusCategoryByKey(String key), beside getStatusCategoryByName "@since v6.2") */
    StatusCategory getStatusCategoryByKey(String key);
}
