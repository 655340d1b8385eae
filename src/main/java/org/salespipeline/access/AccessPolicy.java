package org.salespipeline.access;

import java.util.Optional;
import org.salespipeline.metrics.DealVisibility;

/**
 * Decides, for the user of the current request, who they are and what of the pipelines they may see:
 * a project's pipeline data needs browse permission on the project, and a listed deal needs browse
 * permission on its issue (which honours issue-level security).
 */
public interface AccessPolicy {

    /** The username of the current user; empty when the request is anonymous. */
    Optional<String> currentUser();

    /** True when the current user may browse the project; false for a project that does not exist. */
    boolean canBrowseProject(String projectKey);

    /** True when the current user may browse the issue; false for an issue that does not exist. */
    boolean canBrowseDeal(String issueKey);

    /** The deals the current user may see in lists. */
    default DealVisibility dealVisibility() {
        return this::canBrowseDeal;
    }
}
