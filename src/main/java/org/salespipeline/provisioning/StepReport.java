package org.salespipeline.provisioning;

/** What one provisioning step did to one Jira part: created, reused, undone, or undo-failed. */
public record StepReport(String kind, String name, String action) {

    public static final String CREATED = "created";
    public static final String REUSED = "reused";
    public static final String UNDONE = "undone";
    public static final String UNDO_FAILED = "undo-failed";
}
