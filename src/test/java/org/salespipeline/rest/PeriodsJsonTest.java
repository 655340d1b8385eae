package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.text.BundleTexts;

/** The periods a pipeline's gadgets read: in the pipeline's time zone and fiscal year, labelled in the user's language. */
class PeriodsJsonTest {

    private static final FiscalCalendar JERUSALEM_APRIL = new FiscalCalendar(ZoneId.of("Asia/Jerusalem"), Month.APRIL);
    /** Sunday 2026-05-31 at 22:30 in Jerusalem (UTC+3), still May there. */
    private static final Instant AT = Instant.parse("2026-05-31T19:30:00Z");

    @Test
    @DisplayName("this and last week start on Monday, months, fiscal quarters and the fiscal year start at midnight in the pipeline's time zone")
    void periodsInTheTimeZoneAndFiscalYear() {
        PeriodsJson json = PeriodsJson.of("ACME", JERUSALEM_APRIL, AT, BundleTexts.ENGLISH);

        assertThat(json.timeZone()).isEqualTo("Asia/Jerusalem");
        assertThat(json.fiscalYearStart()).isEqualTo(4);
        assertThat(json.periods()).extracting(PeriodsJson.PeriodJson::key).containsExactlyElementsOf(PeriodsJson.KEYS);
        PeriodsJson.PeriodJson week = json.periods().get(0);
        assertThat(week.firstDay()).isEqualTo("2026-05-25");
        assertThat(week.lastDay()).isEqualTo("2026-05-31");
        assertThat(week.from()).isEqualTo("2026-05-24T21:00:00Z");
        assertThat(week.to()).isEqualTo("2026-05-31T21:00:00Z");
        assertThat(week.label()).isEqualTo("Week of 2026-05-25");
        assertThat(json.periods().get(1).to()).as("last week ends where this week starts").isEqualTo(week.from());
        PeriodsJson.PeriodJson month = json.periods().get(2);
        assertThat(month.label()).isEqualTo("May 2026");
        assertThat(month.from()).isEqualTo("2026-04-30T21:00:00Z");
        assertThat(json.periods().get(3).label()).isEqualTo("April 2026");
        PeriodsJson.PeriodJson quarter = json.periods().get(4);
        assertThat(quarter.label()).as("April to June is the first quarter of the fiscal year ending in March 2027")
                .isEqualTo("Q1 FY2027");
        assertThat(quarter.firstDay()).isEqualTo("2026-04-01");
        assertThat(quarter.lastDay()).isEqualTo("2026-06-30");
        assertThat(json.periods().get(5).label()).isEqualTo("Q4 FY2026");
        assertThat(json.periods().get(5).firstDay()).isEqualTo("2026-01-01");
        PeriodsJson.PeriodJson year = json.periods().get(6);
        assertThat(year.label()).isEqualTo("FY2027");
        assertThat(year.firstDay()).isEqualTo("2026-04-01");
        assertThat(year.lastDay()).isEqualTo("2027-03-31");

        assertThat(json.closeWindows()).extracting(PeriodsJson.CloseWindowJson::key, PeriodsJson.CloseWindowJson::closeFrom,
                PeriodsJson.CloseWindowJson::closeTo, PeriodsJson.CloseWindowJson::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("closingThisMonth", "2026-05-01", "2026-06-01",
                        "Closing in May 2026"),
                org.assertj.core.groups.Tuple.tuple("closingThisQuarter", "2026-04-01", "2026-07-01",
                        "Closing in Q1 FY2027"));
    }

    @Test
    @DisplayName("the same instant is in June and the next week for a pipeline on UTC with a January fiscal year")
    void defaultCalendar() {
        PeriodsJson json = PeriodsJson.of("ACME", FiscalCalendar.DEFAULT, Instant.parse("2026-06-01T00:30:00Z"),
                BundleTexts.ENGLISH);
        assertThat(json.timeZone()).isEqualTo("UTC");
        assertThat(json.fiscalYearStart()).isEqualTo(1);
        assertThat(json.periods().get(0).firstDay()).isEqualTo("2026-06-01");
        assertThat(json.periods().get(2).label()).isEqualTo("June 2026");
        assertThat(json.periods().get(4).label()).isEqualTo("Q2 FY2026");
        assertThat(json.periods().get(6).from()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    @DisplayName("chosen days run from the start of the first to the end of the last in the time zone")
    void chosenDays() {
        PeriodsJson json = PeriodsJson.of("ACME", JERUSALEM_APRIL, AT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                BundleTexts.ENGLISH);
        PeriodsJson.PeriodJson custom = json.periods().get(json.periods().size() - 1);
        assertThat(custom.key()).isEqualTo(PeriodsJson.CUSTOM);
        assertThat(custom.from()).isEqualTo("2026-02-28T22:00:00Z");
        assertThat(custom.to()).as("daylight saving time began on 27 March").isEqualTo("2026-03-31T21:00:00Z");
        assertThat(custom.label()).isEqualTo("2026-03-01 to 2026-03-31");
    }

    @Test
    @DisplayName("a Hebrew user reads the quarter and month labels in Hebrew, with the year's digits as they are")
    void hebrewLabels() {
        Properties messages = BundleTexts.load(Path.of("i18n/sales-pipeline.properties"));
        messages.putAll(BundleTexts.load(Path.of("i18n/sales-pipeline_he.properties")));
        PeriodsJson json = PeriodsJson.of("ACME", JERUSALEM_APRIL, AT, new BundleTexts(messages));
        assertThat(json.periods().get(4).label()).isEqualTo("רבעון 1 שנת כספים 2027");
        assertThat(json.periods().get(2).label()).isEqualTo("חודש מאי 2026");
    }
}
