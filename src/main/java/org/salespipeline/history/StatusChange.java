package org.salespipeline.history;

import java.time.Instant;
import java.util.Objects;

/** One recorded status change of a deal: when, into which status, and the reason given with it (or null). */
public record StatusChange(Instant at, String statusId, String reason) {

    public StatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(statusId, "statusId");
    }

    public StatusChange(Instant at, String statusId) {
        this(at, statusId, null);
    }
}
