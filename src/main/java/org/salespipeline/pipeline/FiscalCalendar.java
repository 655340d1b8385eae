package org.salespipeline.pipeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendar a pipeline's periods follow: its time zone and the month its fiscal year starts in. Weeks start on
 * Monday; a fiscal quarter is three months from the fiscal year's start; a fiscal year is named by the calendar year
 * it ends in (with a January start, the fiscal year is the calendar year).
 */
public record FiscalCalendar(ZoneId zone, Month fiscalYearStart) {

    /** The calendar of a pipeline set up without one: UTC, fiscal year from January. */
    public static final FiscalCalendar DEFAULT = new FiscalCalendar(ZoneOffset.UTC, Month.JANUARY);

    /**
     * The time zones a pipeline may follow: the region-based ids of the IANA time zone database as Java knows them,
     * sorted. A pipeline's time zone is one of these; a fixed offset is not, as it ignores daylight saving time.
     */
    public static final List<String> ZONE_IDS = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    /** How long a period is. */
    public enum Granularity { WEEK, MONTH, QUARTER, YEAR }

    /** A half-open period [from, to) of instants, with the dates it covers in the calendar's time zone. */
    public record Period(Granularity granularity, LocalDate firstDay, LocalDate endDay, Instant from, Instant to,
            int fiscalYear, int number) {

        /** Whether the instant lies in [from, to). */
        public boolean contains(Instant instant) {
            return !instant.isBefore(from) && instant.isBefore(to);
        }
    }

    public FiscalCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    }

    /**
     * The calendar stored as a time zone id and a month number (1–12); what is missing or no longer known reads as
     * the default's value (UTC, January), so rows saved before pipelines had a calendar read the default.
     */
    public static FiscalCalendar of(String zoneId, Integer month) {
        ZoneId zone = knownZone(zoneId).orElse(DEFAULT.zone());
        Month start = month != null && month >= 1 && month <= 12 ? Month.of(month) : DEFAULT.fiscalYearStart();
        return new FiscalCalendar(zone, start);
    }

    /** The time zone of one of {@link #ZONE_IDS} (UTC read as the default's zone); empty for any other text. */
    public static Optional<ZoneId> knownZone(String zoneId) {
        if (zoneId == null || !ZONE_IDS.contains(zoneId)) {
            return Optional.empty();
        }
        return Optional.of("UTC".equals(zoneId) ? ZoneOffset.UTC : ZoneId.of(zoneId));
    }

    /** The time zone's id as stored and shown (UTC for the default). */
    public String zoneId() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** The period of the given length that holds the instant. */
    public Period containing(Granularity granularity, Instant instant) {
        return starting(granularity, firstDay(granularity, LocalDate.ofInstant(instant, zone)));
    }

    /** The period of the same length just before the given one. */
    public Period previous(Period period) {
        return starting(period.granularity(), step(period.granularity(), period.firstDay(), -1));
    }

    /** The period of the same length just after the given one. */
    public Period next(Period period) {
        return starting(period.granularity(), period.endDay());
    }

    /** The instant a day starts at in the calendar's time zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The date an instant falls on in the calendar's time zone. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private Period starting(Granularity granularity, LocalDate first) {
        LocalDate end = step(granularity, first, 1);
        LocalDate yearStart = fiscalYearStartOf(first);
        int fiscalYear = yearStart.plusYears(1).minusDays(1).getYear();
        int number = switch (granularity) {
            case WEEK -> 1 + (int) ChronoUnit.WEEKS.between(
                    firstDay(Granularity.WEEK, yearStart), first);
            case MONTH -> 1 + monthsBetween(yearStart, first);
            case QUARTER -> 1 + monthsBetween(yearStart, first) / 3;
            case YEAR -> 1;
        };
        return new Period(granularity, first, end, startOf(first), startOf(end), fiscalYear, number);
    }

    private LocalDate firstDay(Granularity granularity, LocalDate day) {
        return switch (granularity) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> {
                LocalDate yearStart = fiscalYearStartOf(day);
                yield yearStart.plusMonths(monthsBetween(yearStart, day) / 3 * 3L);
            }
            case YEAR -> fiscalYearStartOf(day);
        };
    }

    private LocalDate fiscalYearStartOf(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), fiscalYearStart, 1);
        return start.isAfter(day) ? start.minusYears(1) : start;
    }

    private static LocalDate step(Granularity granularity, LocalDate first, int count) {
        return switch (granularity) {
            case WEEK -> first.plusWeeks(count);
            case MONTH -> first.plusMonths(count);
            case QUARTER -> first.plusMonths(3L * count);
            case YEAR -> first.plusYears(count);
        };
    }

    private static int monthsBetween(LocalDate start, LocalDate day) {
        return (day.getYear() - start.getYear()) * 12 + day.getMonthValue() - start.getMonthValue();
    }
}
