package org.salespipeline.provisioning;

/** A Jira screen that shows an issue type's fields: its id and its name. */
public record Screen(String id, String name) {
}
