package org.salespipeline.history;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a rebuild of one project's stage log has come: deals done of the total, the last deal finished
 * (to resume after it), and whether it runs, finished or failed.
 */
public record RebuildProgress(String projectKey, State state, int total, int done, long lastIssueId,
        Instant startedAt, Instant updatedAt, String message) {

    /** Where a rebuild stands. */
    public enum State { RUNNING, FINISHED, FAILED }

    public RebuildProgress {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(state, "state");
    }

    static RebuildProgress started(String projectKey, int total, Instant now) {
        return new RebuildProgress(projectKey, State.RUNNING, total, 0, 0, now, now, null);
    }

    RebuildProgress advanced(long issueId, Instant now) {
        return new RebuildProgress(projectKey, state, total, done + 1, issueId, startedAt, now, message);
    }

    RebuildProgress finished(Instant now) {
        return new RebuildProgress(projectKey, State.FINISHED, total, done, lastIssueId, startedAt, now, null);
    }

    RebuildProgress failed(Instant now, String why) {
        return new RebuildProgress(projectKey, State.FAILED, total, done, lastIssueId, startedAt, now, why);
    }

    /** Done as a fraction of the total, 1 when there is nothing to do. */
    public double fraction() {
        return total == 0 ? 1 : Math.min(1, (double) done / total);
    }
}
