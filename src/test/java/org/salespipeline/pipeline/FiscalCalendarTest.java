package org.salespipeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.salespipeline.pipeline.FiscalCalendar.Granularity;
import org.salespipeline.pipeline.FiscalCalendar.Period;

class FiscalCalendarTest {

    private static final FiscalCalendar JERUSALEM_FROM_APRIL =
            new FiscalCalendar(ZoneId.of("Asia/Jerusalem"), Month.APRIL);

    @Test
    void aWeekStartsOnMondayAtMidnightInThePipelinesTimeZone() {
        // Sunday 2026-03-01 23:30 in Jerusalem (UTC+2) is still Sunday there, Monday is 2026-03-02.
        Period week = JERUSALEM_FROM_APRIL.containing(Granularity.WEEK, Instant.parse("2026-03-01T21:30:00Z"));

        assertThat(week.firstDay()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(week.from()).isEqualTo(Instant.parse("2026-02-22T22:00:00Z"));
        assertThat(week.to()).isEqualTo(Instant.parse("2026-03-01T22:00:00Z"));
    }

    @Test
    void aFiscalQuarterCountsFromTheFiscalYearsStartMonth() {
        Period quarter = JERUSALEM_FROM_APRIL.containing(Granularity.QUARTER, Instant.parse("2026-03-15T12:00:00Z"));

        assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(quarter.endDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(quarter.number()).isEqualTo(4);
        assertThat(quarter.fiscalYear()).as("a fiscal year is named by the year it ends in").isEqualTo(2026);
        // The quarter ends at midnight Jerusalem summer time (UTC+3).
        assertThat(quarter.to()).isEqualTo(Instant.parse("2026-03-31T21:00:00Z"));
    }

    @Test
    void theNextFiscalYearStartsInTheStartMonth() {
        Period quarter = JERUSALEM_FROM_APRIL.containing(Granularity.QUARTER, Instant.parse("2026-03-15T12:00:00Z"));
        Period next = JERUSALEM_FROM_APRIL.next(quarter);

        assertThat(next.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(next.number()).isEqualTo(1);
        assertThat(next.fiscalYear()).isEqualTo(2027);
        assertThat(JERUSALEM_FROM_APRIL.previous(next)).isEqualTo(quarter);
    }

    @Test
    void theDefaultCalendarIsTheCalendarYearInUtc() {
        Period year = FiscalCalendar.DEFAULT.containing(Granularity.YEAR, Instant.parse("2026-12-01T17:00:00Z"));
        Period month = FiscalCalendar.DEFAULT.containing(Granularity.MONTH, Instant.parse("2026-12-01T17:00:00Z"));

        assertThat(year.from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(year.to()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(year.fiscalYear()).isEqualTo(2026);
        assertThat(month.number()).isEqualTo(12);
        assertThat(month.contains(Instant.parse("2026-12-31T23:59:59Z"))).isTrue();
        assertThat(month.contains(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void periodsFollowOneAnotherWithoutGapOrOverlap() {
        Period period = JERUSALEM_FROM_APRIL.containing(Granularity.MONTH, Instant.parse("2025-01-10T00:00:00Z"));
        for (int i = 0; i < 30; i++) {
            Period next = JERUSALEM_FROM_APRIL.next(period);
            assertThat(next.from()).isEqualTo(period.to());
            assertThat(JERUSALEM_FROM_APRIL.containing(Granularity.MONTH, next.from())).isEqualTo(next);
            period = next;
        }
    }
}
