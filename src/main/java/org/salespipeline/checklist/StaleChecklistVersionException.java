package org.salespipeline.checklist;

/** Refuses a tick made against an out-of-date version of a checklist, so that concurrent ticks never overwrite each other. */
public class StaleChecklistVersionException extends RuntimeException {

    private final String stageKey;
    private final long expectedVersion;
    private final long actualVersion;

    public StaleChecklistVersionException(String stageKey, long expectedVersion, long actualVersion) {
        super("The " + stageKey + " checklist was changed meanwhile: expected version " + expectedVersion
                + " but it is at version " + actualVersion);
        this.stageKey = stageKey;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String stageKey() {
        return stageKey;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
