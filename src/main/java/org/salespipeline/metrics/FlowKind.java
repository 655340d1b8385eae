package org.salespipeline.metrics;

/**
 * How a deal in the pipeline at the start or the end of a period moved (README, "Pipeline changes"): it entered
 * (created, pulled in, reopened), left (won, lost, disqualified, pushed out) or was kept.
 */
public enum FlowKind {

    CREATED("created"),
    PULLED_IN("pulledIn"),
    REOPENED("reopened"),
    WON("won"),
    LOST("lost"),
    DISQUALIFIED("disqualified"),
    PUSHED_OUT("pushedOut"),
    KEPT("kept");

    private final String argument;

    FlowKind(String argument) {
        this.argument = argument;
    }

    /** The movement's name in the API. */
    public String argument() {
        return argument;
    }

    /** Whether deals of this movement were in the pipeline at the start only. */
    public boolean left() {
        return this == WON || this == LOST || this == DISQUALIFIED || this == PUSHED_OUT;
    }

    /** Whether deals of this movement were in the pipeline at the end only. */
    public boolean entered() {
        return this == CREATED || this == PULLED_IN || this == REOPENED;
    }
}
