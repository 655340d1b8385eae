package org.salespipeline.metrics;

import java.util.Comparator;

/** How many deals ended with one reason; the reason is null for deals that recorded none. */
public record ReasonCount(String reason, int count) {

    /** The order of a report's reasons: by count (descending), then reason, no reason last. */
    public static final Comparator<ReasonCount> BY_COUNT_THEN_REASON = Comparator.comparingInt(ReasonCount::count).reversed()
            .thenComparing(ReasonCount::reason, Comparator.nullsLast(Comparator.naturalOrder()));
}
