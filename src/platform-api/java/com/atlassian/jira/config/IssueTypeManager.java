package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of issue types.
 * Checked: cures-hub/cures-condec-jira@fbadb34925ef379f4929c9370e31c993825592f6:src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueTypeManager.java (createIssueType(String, String, Long), getIssueType, getIssueTypes, removeIssueType; Jira 8.20) — old
 */
public interface IssueTypeManager {

    IssueType createIssueType(String name, String description, Long avatarId);

    IssueType getIssueType(String id);

    Collection<IssueType> getIssueTypes();

    void removeIssueType(String id, String newIssueTypeId);
}
