package org.salespipeline.forecast;

import java.time.Instant;
import java.util.Objects;

/** The window [from, to) whose won value is forecast, and the instant T the forecast is made as of. */
public record ForecastWindow(Instant from, Instant to, Instant asOf) {

    public ForecastWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A window must start before it ends: from " + from + ", to " + to);
        }
    }

    /** Whether the instant lies in [from, to). */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
