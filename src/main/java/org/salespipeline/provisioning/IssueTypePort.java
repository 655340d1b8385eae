package org.salespipeline.provisioning;

import java.util.Optional;

/** Jira's issue types and the issue types a project offers (its issue type scheme). */
public interface IssueTypePort extends JiraPart {

    /** The id of the issue type with this name, compared without regard to case. */
    Optional<String> findIssueType(String name);

    String createIssueType(String name, String description);

    void deleteIssueType(String issueTypeId);

    boolean projectHasIssueType(String projectKey, String issueTypeId);

    void addIssueTypeToProject(String projectKey, String issueTypeId);

    void removeIssueTypeFromProject(String projectKey, String issueTypeId);
}
