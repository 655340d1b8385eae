package org.salespipeline.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How the app reads an instant it is given as text: ISO-8601 with an offset, or a plain date meaning UTC midnight. */
public final class Instants {

    private static final int DATE_LENGTH = "2026-03-01".length();

    private Instants() {
    }

    /** 2026-03-01 (midnight UTC), 2026-03-01T09:30:00Z or 2026-03-01T09:30:00+02:00; empty for anything else. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.length() == DATE_LENGTH ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
