package org.salespipeline.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One uninterrupted stay of a deal in an open stage; {@code ended} is null while the deal is still there. */
public record Stay(String stageKey, Instant entered, Instant ended) {

    private static final double SECONDS_PER_DAY = 86_400;

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(ended);
    }

    public boolean isOngoing() {
        return ended == null;
    }

    /** Length of a finished stay in fractional days of 86,400 seconds. */
    public double days() {
        return daysBetween(entered, endedAt().orElseThrow(() -> new IllegalStateException("The stay has not ended")));
    }

    /** Fractional days of 86,400 seconds from one instant to another. */
    public static double daysBetween(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return (d.getSeconds() + d.getNano() / 1e9) / SECONDS_PER_DAY;
    }
}
