package org.salespipeline.metrics;

import java.time.Instant;
import java.util.Objects;

/** A half-open time window [from, to) in UTC instants. */
public record Window(Instant from, Instant to) {

    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A window must start before it ends: from " + from + ", to " + to);
        }
    }

    /** True when from ≤ t < to. */
    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
