package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of issue types.
 * Jira kind: interface
 * Confirmed: Jira 11.0 — atlassian-labs/atlassian-slack-integration-server@94c50dc ComponentImports.java (@ComponentImport IssueTypeManager)
 * Jira 10.3: confirmed from Jira 10.0 and 10.7 — atlassian-labs/atlassian-slack-integration-server@d98c484 and @b21ee3e ComponentImports.java, the same use in its Jira 10.0.0 and 10.7.0 builds
 * Checked: cures-hub/cures-condec-jira@fbadb34925ef379f4929c9370e31c993825592f6:src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueTypeManager.java (createIssueType(String, String, Long), getIssueType, getIssueTypes, removeIssueType; Jira 8.20) — old
 */
public interface IssueTypeManager {

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockIssueTypeManager.java (implements IssueTypeManager: IssueType createIssueType(String name, String description, Long avatarId)) */
    IssueType createIssueType(String name, String description, Long avatarId);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockIssueTypeManager.java (IssueType getIssueType(String)) */
    IssueType getIssueType(String id);

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockIssueTypeManager.java (Collection<IssueType> getIssueTypes()) */
    Collection<IssueType> getIssueTypes();

    /** Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockIssueTypeManager.java (void removeIssueType(String, String)) */
    void removeIssueType(String id, String newIssueTypeId);
}
