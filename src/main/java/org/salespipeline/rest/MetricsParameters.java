package org.salespipeline.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.salespipeline.metrics.Instants;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.Window;

/** Reads the query parameters of the metrics resources: periods, instants and list limit (the owner: {@link DealOwners}). */
final class MetricsParameters {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 500;

    private MetricsParameters() {
    }

    /** [from, to): to defaults to now, from to 90 days before to; from must come before to. */
    static Window window(String from, String to, Clock clock) {
        Instant end = to == null ? clock.instant() : instant("to", to);
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : instant("from", from);
        if (!start.isBefore(end)) {
            throw RestException.badRequest("from", "sales-pipeline.error.from-to", start, end);
        }
        return new Window(start, end);
    }

    static Instant at(String at, Clock clock) {
        return at == null ? clock.instant() : instant("at", at);
    }

    /** Close dates [from, to): from defaults to today (UTC), to to 90 days after from. */
    static LocalDate[] closeDates(String from, String to, Clock clock) {
        LocalDate start = from == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : date("from", from);
        LocalDate end = to == null ? start.plusDays(DEFAULT_PERIOD.toDays()) : date("to", to);
        if (!start.isBefore(end)) {
            throw RestException.badRequest("from", "sales-pipeline.error.from-to", start, end);
        }
        return new LocalDate[] {start, end};
    }

    static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like any other value out of range
        }
        throw RestException.badRequest("limit", "sales-pipeline.error.limit", MAX_LIMIT, limit);
    }

    /** A date (UTC midnight) such as 2026-03-01, or an instant such as 2026-03-01T09:30:00Z or ...+02:00. */
    static Instant instant(String field, String text) {
        return Instants.parse(text).orElseThrow(() -> RestException.badRequest(field, "sales-pipeline.error.instant",
                field, text));
    }

    private static LocalDate date(String field, String text) {
        return LocalDate.ofInstant(instant(field, text), ZoneOffset.UTC);
    }
}
