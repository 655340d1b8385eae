package org.salespipeline.provisioning;

import java.util.Optional;

/** Jira's workflow statuses (shared by all projects; the project says on whose behalf they are asked for). */
public interface StatusPort extends JiraPart {

    /** The id of the status with this name, compared without regard to case. */
    Optional<String> findStatus(String projectKey, String name);

    /** Creates the status and returns its id. */
    String createStatus(String projectKey, String name, StatusCategory category);

    void deleteStatus(String projectKey, String statusId);
}
