package org.salespipeline.metrics;

import java.time.LocalDate;
import java.util.Objects;

/** A half-open window of expected close dates [from, to), such as "closing this quarter". */
public record CloseWindow(LocalDate from, LocalDate to) {

    public CloseWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A close window must start before it ends: from " + from + ", to " + to);
        }
    }

    /** True when the date is set and from ≤ date < to. */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && date.isBefore(to);
    }
}
