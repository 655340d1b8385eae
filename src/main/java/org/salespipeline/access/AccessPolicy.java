package org.salespipeline.access;

import java.util.Optional;
import org.salespipeline.metrics.DealVisibility;

/**
 * Decides, for the user of the current request, who they are and what they may do: a project's
 * pipeline data needs browse permission on the project, a listed deal browse permission on its issue
 * (which honours issue-level security), editing a deal edit permission on its issue, and configuring
 * pipelines Jira administration.
 */
public interface AccessPolicy {

    /** The username of the current user; empty when the request is anonymous. */
    Optional<String> currentUser();

    /** The user key of the current user, which stays when the user is renamed; empty when the request is anonymous. */
    default Optional<String> currentUserKey() {
        return currentUser();
    }

    /** True when the current user may browse the project; false for a project that does not exist. */
    boolean canBrowseProject(String projectKey);

    /** True when the current user may browse the issue; false for an issue that does not exist. */
    boolean canBrowseDeal(String issueKey);

    /** True when the current user may edit the issue (BANT answers, checklist ticks). */
    boolean canEditDeal(String issueKey);

    /** True when the current user is a Jira administrator, who may configure pipelines. */
    boolean isAdmin();

    /** The deals the current user may see in lists. */
    default DealVisibility dealVisibility() {
        return this::canBrowseDeal;
    }
}
