package org.salespipeline.provisioning;

/** Jira's status categories, by the keys Jira gives them: where a deal waits, works, or has finished. */
public enum StatusCategory {
    NEW("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done");

    private final String key;

    StatusCategory(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
