package org.salespipeline.configuration;

import java.util.List;

/** The host's projects and the workflow statuses a Deal of each project can be in. */
public interface ProjectStatuses {

    /** Every project of the host, ordered by key. */
    List<Project> projects();

    /** The statuses of the workflow the project's Deal issues use, in workflow order; empty when there is none. */
    List<Status> statuses(String projectKey);

    /** A project: its key and display name. */
    record Project(String key, String name) {
    }

    /** A workflow status: its id (what mappings name), its display name and its category key (new, indeterminate, done). */
    record Status(String id, String name, String category) {
    }
}
