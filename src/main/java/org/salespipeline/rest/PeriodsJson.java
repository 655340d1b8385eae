package org.salespipeline.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.FiscalCalendar.Granularity;
import org.salespipeline.pipeline.FiscalCalendar.Period;
import org.salespipeline.text.Message;
import org.salespipeline.text.Texts;

/**
 * The periods a pipeline's figures are read for, at an instant, in its calendar: this and last week (from Monday),
 * month, fiscal quarter, and this fiscal year, each as the instants [from, to) the metrics take, its first and last
 * day in the pipeline's time zone, and a label in the user's language; and the close windows [closeFrom, closeTo)
 * of dates for deals closing this month and this quarter, as the flow takes them. Given a first and last day, also
 * the period of those days ({@code custom}), from the start of the first to the end of the last in the time zone.
 */
public record PeriodsJson(String project, String timeZone, int fiscalYearStart, String at, List<PeriodJson> periods,
        List<CloseWindowJson> closeWindows) {

    /** The period keys in the order they are answered; the gadgets offer them by these keys. */
    public static final List<String> KEYS = List.of("thisWeek", "lastWeek", "thisMonth", "lastMonth", "thisQuarter",
            "lastQuarter", "thisFiscalYear");

    /** One period: instants [from, to), the days it covers (both included) and its label; ISO texts, as in JSON. */
    public record PeriodJson(String key, String from, String to, String firstDay, String lastDay, String label) {

        PeriodJson(String key, Instant from, Instant to, LocalDate firstDay, LocalDate lastDay, String label) {
            this(key, from.toString(), to.toString(), firstDay.toString(), lastDay.toString(), label);
        }
    }

    /** One close window: dates [closeFrom, closeTo), the last day it includes, and its label; ISO dates. */
    public record CloseWindowJson(String key, String closeFrom, String closeTo, String lastDay, String label) {

        CloseWindowJson(String key, LocalDate closeFrom, LocalDate closeTo, LocalDate lastDay, String label) {
            this(key, closeFrom.toString(), closeTo.toString(), lastDay.toString(), label);
        }
    }

    /** The key of the period of chosen days. */
    public static final String CUSTOM = "custom";

    static PeriodsJson of(String project, FiscalCalendar calendar, Instant at, Texts texts) {
        return of(project, calendar, at, null, null, texts);
    }

    /** As above, with the period of the days firstDay..lastDay (both included) last when they are given. */
    static PeriodsJson of(String project, FiscalCalendar calendar, Instant at, LocalDate firstDay, LocalDate lastDay,
            Texts texts) {
        Period week = calendar.containing(Granularity.WEEK, at);
        Period month = calendar.containing(Granularity.MONTH, at);
        Period quarter = calendar.containing(Granularity.QUARTER, at);
        Period year = calendar.containing(Granularity.YEAR, at);
        List<Period> periods = List.of(week, calendar.previous(week), month, calendar.previous(month), quarter,
                calendar.previous(quarter), year);
        List<PeriodJson> answered = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            answered.add(new PeriodJson(KEYS.get(i), period.from(), period.to(), period.firstDay(),
                    period.endDay().minusDays(1), label(period, texts)));
        }
        if (firstDay != null) {
            answered.add(new PeriodJson(CUSTOM, calendar.startOf(firstDay), calendar.startOf(lastDay.plusDays(1)),
                    firstDay, lastDay, texts.text(Message.of("sales-pipeline.period.days", firstDay.toString(),
                            lastDay.toString()))));
        }
        return new PeriodsJson(project, calendar.zoneId(), calendar.fiscalYearStart().getValue(), at.toString(), answered,
                List.of(window("closingThisMonth", month, texts), window("closingThisQuarter", quarter, texts)));
    }

    private static CloseWindowJson window(String key, Period period, Texts texts) {
        return new CloseWindowJson(key, period.firstDay(), period.endDay(), period.endDay().minusDays(1),
                texts.text(Message.of("sales-pipeline.period.closing", label(period, texts))));
    }

    /** "Week of 2026-03-02", "March 2026", "Q3 FY2026", "FY2026"; years and numbers as digits, never grouped. */
    static String label(Period period, Texts texts) {
        String fiscalYear = String.valueOf(period.fiscalYear());
        return switch (period.granularity()) {
            case WEEK -> texts.text(Message.of("sales-pipeline.period.week", period.firstDay().toString()));
            case MONTH -> texts.text(Message.of("sales-pipeline.period.month",
                    texts.text(Message.of("sales-pipeline.month." + period.firstDay().getMonthValue())),
                    String.valueOf(period.firstDay().getYear())));
            case QUARTER -> texts.text(Message.of("sales-pipeline.period.quarter", String.valueOf(period.number()),
                    fiscalYear));
            case YEAR -> texts.text(Message.of("sales-pipeline.period.year", fiscalYear));
        };
    }
}
