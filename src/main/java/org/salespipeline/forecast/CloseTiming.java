package org.salespipeline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.FieldHistory;
import org.salespipeline.history.DealField;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.StageRef;

/**
 * How the team's won deals closed compared with the close date they were expected on: a won deal is looked at once a
 * week while it was open (every Monday 00:00 UTC, the same instants for every deal), and each look keeps its stage,
 * how far ahead its expected close date lay, and how long after that date (or after the look, when the date had
 * already passed) it was won. An open deal is then expected to close as the looks of its stage and lead closed.
 */
final class CloseTiming {

    static final long WEEK = 7 * 86_400L;
    /** Looks from the year before T only, so that the team's recent habits count. */
    static final long LOOKBACK = 365 * 86_400L;
    /** Fewer looks than this in a stage and lead, and the lead alone (then all looks) is used. */
    static final int MIN_LOOKS = 20;
    static final int LEADS = 5;
    private static final int NO_DATE = 4;
    // Mondays: the epoch began on a Thursday.
    private static final long FIRST_MONDAY = 4 * 86_400L;

    private final Pipeline pipeline;
    private final FiscalCalendar calendar;
    private final long earliest;
    private int size;
    private int[] group = new int[1024];
    private long[] look = new long[1024];
    private long[] won = new long[1024];
    private long[] residual = new long[1024];

    /** Keeps looks from {@code earliest} on (epoch seconds), the first one a forecast of this answer can use. */
    CloseTiming(Pipeline pipeline, FiscalCalendar calendar, long earliest) {
        this.pipeline = pipeline;
        this.calendar = calendar;
        this.earliest = earliest;
    }

    /** The weekly looks at a deal first won at {@code wonAt} (created at {@code created}) while it was open. */
    void addWon(DealHistory history, FieldHistory closeDates, String closeDateNow, Instant created, Instant wonAt) {
        long start = Math.max(created.getEpochSecond(), earliest);
        long first = FIRST_MONDAY + Math.floorDiv(start - FIRST_MONDAY + WEEK - 1, WEEK) * WEEK;
        for (long t = first; t < wonAt.getEpochSecond(); t += WEEK) {
            Instant at = Instant.ofEpochSecond(t);
            StageRef stage = history.stageAt(at.minusNanos(1)).orElse(null);
            if (stage == null || !stage.isOpenStage()) {
                continue;
            }
            Long close = closeStart(DealField.closeDate(closeDates.valueBefore(at, closeDateNow)));
            long base = close == null ? t : Math.max(close, t);
            add(pipeline.positionOf(stage.stageKey()).orElseThrow() * LEADS + lead(close, t), t, wonAt.getEpochSecond(),
                    wonAt.getEpochSecond() - base);
        }
    }

    /** The start of the close date's day in the pipeline's time zone, epoch seconds; null without a date. */
    Long closeStart(LocalDate closeDate) {
        return closeDate == null ? null : calendar.startOf(closeDate).getEpochSecond();
    }

    /** The looks as a forecast made as of T may use: taken in the year before T, of deals won before T. */
    Residuals asOf(Instant asOf) {
        long t = asOf.getEpochSecond();
        int groups = (pipeline.size() + 1) * LEADS;
        long[][] byGroup = new long[groups][];
        int[] counts = new int[groups];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < size; i++) {
                if (won[i] < t && look[i] >= t - LOOKBACK) {
                    int g = group[i];
                    if (pass == 0) {
                        counts[g]++;
                    } else {
                        byGroup[g][--counts[g]] = residual[i];
                    }
                }
            }
            if (pass == 0) {
                for (int g = 0; g < groups; g++) {
                    byGroup[g] = new long[counts[g]];
                }
            }
        }
        return new Residuals(byGroup);
    }

    static int lead(Long closeStart, long t) {
        if (closeStart == null) {
            return NO_DATE;
        }
        long days = Math.floorDiv(closeStart - t, 86_400L);
        return days <= 0 ? 0 : days <= 30 ? 1 : days <= 90 ? 2 : 3;
    }

    private void add(int g, long t, long w, long r) {
        if (size == group.length) {
            int grown = size * 2;
            group = Arrays.copyOf(group, grown);
            look = Arrays.copyOf(look, grown);
            won = Arrays.copyOf(won, grown);
            residual = Arrays.copyOf(residual, grown);
        }
        group[size] = g;
        look[size] = t;
        won[size] = w;
        residual[size] = r;
        size++;
    }

    /** The residuals a forecast as of T uses, sorted per stage and lead, per lead, and all together. */
    static final class Residuals {

        private final long[][] byGroup;
        private final long[][] byLead = new long[LEADS][];
        private final long[] all;

        Residuals(long[][] byGroup) {
            this.byGroup = byGroup;
            for (long[] values : byGroup) {
                Arrays.sort(values);
            }
            for (int lead = 0; lead < LEADS; lead++) {
                byLead[lead] = concat(lead, byGroup);
            }
            all = concat(-1, byGroup);
        }

        /**
         * The share of the looks like the deal's (its stage position and close-date start, null for none) that, as
         * of T, put its win within [a, b), a ≥ T; a win the looks put before T counts as won at T.
         */
        double inWindow(int position, Long closeStart, long t, long a, long b) {
            int lead = lead(closeStart, t);
            long[] values = byGroup[position * LEADS + lead];
            if (values.length < MIN_LOOKS) {
                values = byLead[lead].length >= MIN_LOOKS ? byLead[lead] : all;
            }
            long base = closeStart == null ? t : Math.max(closeStart, t);
            if (values.length == 0) {
                return base >= a && base < b ? 1 : 0;
            }
            int upper = lowerBound(values, b - base);
            int lower = a == t ? 0 : lowerBound(values, a - base);
            return (double) Math.max(0, upper - lower) / values.length;
        }

        private static int lowerBound(long[] sorted, long value) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sorted[middle] < value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        private static long[] concat(int lead, long[][] byGroup) {
            int total = 0;
            for (int g = 0; g < byGroup.length; g++) {
                total += lead < 0 || g % LEADS == lead ? byGroup[g].length : 0;
            }
            long[] values = new long[total];
            int at = 0;
            for (int g = 0; g < byGroup.length; g++) {
                if (lead < 0 || g % LEADS == lead) {
                    System.arraycopy(byGroup[g], 0, values, at, byGroup[g].length);
                    at += byGroup[g].length;
                }
            }
            Arrays.sort(values);
            return values;
        }
    }
}
