package org.salespipeline.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.salespipeline.forecast.Calibration;
import org.salespipeline.metrics.Instants;
import org.salespipeline.metrics.CloseWindow;
import org.salespipeline.metrics.FlowDeal;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.Window;

/** Reads the query parameters of the metrics resources: periods, instants and list limit (the owner: {@link DealOwners}). */
final class MetricsParameters {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 500;
    /** The flow's period when none is given: the week before {@code to}. */
    static final Duration FLOW_PERIOD = Duration.ofDays(7);
    static final int FLOW_DEALS_LIMIT = 50;

    private MetricsParameters() {
    }

    /** [from, to): to defaults to now, from to 90 days before to; from must come before to. */
    static Window window(String from, String to, Clock clock) {
        return window(from, to, clock, DEFAULT_PERIOD);
    }

    /** [from, to): to defaults to now, from to {@code period} before to; from must come before to. */
    static Window window(String from, String to, Clock clock, Duration period) {
        Instant end = to == null ? clock.instant() : instant("to", to);
        Instant start = from == null ? end.minus(period) : instant("from", from);
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

    /** A close window [closeFrom, closeTo) of dates, given both or neither (null: no window). */
    static CloseWindow closeWindow(String closeFrom, String closeTo) {
        if (closeFrom == null && closeTo == null) {
            return null;
        }
        if (closeFrom == null || closeTo == null) {
            String missing = closeFrom == null ? "closeFrom" : "closeTo";
            throw RestException.badRequest(missing, "sales-pipeline.error.close-window.missing", missing);
        }
        LocalDate start = day("closeFrom", closeFrom);
        LocalDate end = day("closeTo", closeTo);
        if (!start.isBefore(end)) {
            throw RestException.badRequest("closeFrom", "sales-pipeline.error.close-window.order", start, end);
        }
        return new CloseWindow(start, end);
    }

    /** One of the flow's deal lists ({@link FlowDeal#LISTS}); required. */
    static String flowList(String kind) {
        if (kind == null || !FlowDeal.LISTS.contains(kind.trim())) {
            throw RestException.badRequest("kind", "sales-pipeline.error.flow-kind", String.join(", ", FlowDeal.LISTS),
                    kind == null ? "" : kind);
        }
        return kind.trim();
    }

    /** How many listed rows to skip: a whole number from 0, 0 when not given. */
    static int start(String start) {
        if (start == null) {
            return 0;
        }
        try {
            int value = Integer.parseInt(start.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like any other value out of range
        }
        throw RestException.badRequest("start", "sales-pipeline.error.start", start);
    }

    static int limit(String limit) {
        return limit(limit, DEFAULT_LIMIT);
    }

    static int limit(String limit, int defaultLimit) {
        if (limit == null) {
            return defaultLimit;
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

    /** The lookback of win probabilities in days: a whole number from 1 to {@link Calibration#MAX_LOOKBACK_DAYS}. */
    static int lookbackDays(String lookbackDays) {
        if (lookbackDays == null) {
            return Calibration.DEFAULT_LOOKBACK_DAYS;
        }
        try {
            int value = Integer.parseInt(lookbackDays.trim());
            if (Calibration.validLookback(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like any other value out of range
        }
        throw RestException.badRequest("lookbackDays", "sales-pipeline.error.lookback-days",
                Calibration.MAX_LOOKBACK_DAYS, lookbackDays);
    }

    /** A date (UTC midnight) such as 2026-03-01, or an instant such as 2026-03-01T09:30:00Z or ...+02:00. */
    static Instant instant(String field, String text) {
        return Instants.parse(text).orElseThrow(() -> RestException.badRequest(field, "sales-pipeline.error.instant",
                field, text));
    }

    /** A calendar date such as 2026-03-01, nothing else. */
    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw RestException.badRequest(field, "sales-pipeline.error.date", field, text);
        }
    }

    private static LocalDate date(String field, String text) {
        return LocalDate.ofInstant(instant(field, text), ZoneOffset.UTC);
    }
}
