package org.salespipeline.provisioning;

/**
 * What one provisioning step did to one Jira part — created, reused, undone, or undo-failed — and the path (relative
 * to Jira's base URL) of the page of Jira's administration that shows the part.
 */
public record StepReport(String kind, String name, String action, String adminPage) {

    public static final String CREATED = "created";
    public static final String REUSED = "reused";
    public static final String UNDONE = "undone";
    public static final String UNDO_FAILED = "undo-failed";

    /** The same step with what became of it. */
    StepReport with(String newAction) {
        return new StepReport(kind, name, newAction, adminPage);
    }
}
