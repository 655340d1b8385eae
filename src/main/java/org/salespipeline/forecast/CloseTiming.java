package org.salespipeline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.salespipeline.history.DealField;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.FieldHistory;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.StageRef;

/**
 * How the team's won deals closed compared with the close date they were expected on: a won deal is looked at once a
 * week while it was open (every Monday 00:00 UTC, the same instants for every deal), and each look keeps its stage,
 * how far ahead its expected close date lay (its lead, negative once the date had passed) and how long after the
 * look it was won. An open deal is expected to be won as the looks of its stage with the nearest leads were.
 */
final class CloseTiming {

    static final long WEEK = 7 * 86_400L;
    /** Looks from the year before T only, so that the team's recent habits count. */
    static final long LOOKBACK = 365 * 86_400L;
    /** How many looks with the nearest leads an open deal is compared with. */
    static final int NEAREST = 30;
    /** The lead of a look at a deal without a close date: later than any date. */
    static final long NO_DATE = Long.MAX_VALUE / 4;
    // Mondays: the epoch began on a Thursday.
    private static final long FIRST_MONDAY = 4 * 86_400L;

    private final Pipeline pipeline;
    private final FiscalCalendar calendar;
    private final long earliest;
    private int size;
    private int[] stage = new int[1024];
    private long[] look = new long[1024];
    private long[] won = new long[1024];
    private long[] lead = new long[1024];

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
            StageRef in = history.stageAt(at.minusNanos(1)).orElse(null);
            if (in == null || !in.isOpenStage()) {
                continue;
            }
            Long close = closeStart(DealField.closeDate(closeDates.valueBefore(at, closeDateNow)));
            add(pipeline.positionOf(in.stageKey()).orElseThrow(), t, wonAt.getEpochSecond(), leadOf(close, t));
        }
    }

    /** The start of the close date's day in the pipeline's time zone, epoch seconds; null without a date. */
    Long closeStart(LocalDate closeDate) {
        return closeDate == null ? null : calendar.startOf(closeDate).getEpochSecond();
    }

    static long leadOf(Long closeStart, long t) {
        return closeStart == null ? NO_DATE : closeStart - t;
    }

    /**
     * The looks a forecast made as of T for a window ending at {@code horizon} may use: of deals won before T, taken
     * in the year before T less the span from T to the window's end, so that a win within that span would be known.
     */
    Looks asOf(Instant asOf, Instant horizon) {
        long t = asOf.getEpochSecond();
        long gap = Math.max(0, horizon.getEpochSecond() - t);
        int stages = pipeline.size() + 1;
        int[] counts = new int[stages];
        for (int i = 0; i < size; i++) {
            if (usable(i, t, gap)) {
                counts[stage[i]]++;
            }
        }
        long[][] leads = new long[stages][];
        long[][] waits = new long[stages][];
        for (int s = 0; s < stages; s++) {
            leads[s] = new long[counts[s]];
            waits[s] = new long[counts[s]];
            counts[s] = 0;
        }
        for (int i = 0; i < size; i++) {
            if (usable(i, t, gap)) {
                int s = stage[i];
                leads[s][counts[s]] = lead[i];
                waits[s][counts[s]++] = won[i] - look[i];
            }
        }
        return new Looks(leads, waits);
    }

    private boolean usable(int i, long t, long gap) {
        return won[i] < t && look[i] >= t - gap - LOOKBACK && look[i] < t - gap;
    }

    private void add(int position, long t, long w, long l) {
        if (size == stage.length) {
            int grown = size * 2;
            stage = Arrays.copyOf(stage, grown);
            look = Arrays.copyOf(look, grown);
            won = Arrays.copyOf(won, grown);
            lead = Arrays.copyOf(lead, grown);
        }
        stage[size] = position;
        look[size] = t;
        won[size] = w;
        lead[size] = l;
        size++;
    }

    /** The looks one forecast uses, per stage and all together, ordered by lead. */
    static final class Looks {

        private final Sorted[] byStage;
        private final Sorted all;

        Looks(long[][] leads, long[][] waits) {
            byStage = new Sorted[leads.length];
            int total = 0;
            for (int s = 0; s < leads.length; s++) {
                byStage[s] = new Sorted(leads[s], waits[s]);
                total += leads[s].length;
            }
            long[] allLeads = new long[total];
            long[] allWaits = new long[total];
            int at = 0;
            for (int s = 0; s < leads.length; s++) {
                System.arraycopy(leads[s], 0, allLeads, at, leads[s].length);
                System.arraycopy(waits[s], 0, allWaits, at, waits[s].length);
                at += leads[s].length;
            }
            all = new Sorted(allLeads, allWaits);
        }

        /**
         * The share of the looks nearest to the deal (its stage position, its close date's start or null) in lead
         * that were won within [a, b) after shifting to T, a ≥ T; with no looks at all, whether its close date (T
         * when it has passed or is missing) lies in [a, b).
         */
        double inWindow(int position, Long closeStart, long t, long a, long b) {
            Sorted looks = byStage[position].size() >= NEAREST ? byStage[position] : all;
            if (looks.size() == 0) {
                long expected = closeStart == null ? t : Math.max(closeStart, t);
                return expected >= a && expected < b ? 1 : 0;
            }
            return looks.nearestWithin(leadOf(closeStart, t), a - t, b - t);
        }
    }

    /** Leads in order with the wait from each look to its win. */
    private static final class Sorted {

        private final long[] leads;
        private final long[] waits;

        Sorted(long[] leads, long[] waits) {
            Integer[] order = new Integer[leads.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            // Ties in lead keep their wait order, so the nearest looks are the same however they were gathered.
            Arrays.sort(order, (x, y) -> leads[x] != leads[y] ? Long.compare(leads[x], leads[y])
                    : Long.compare(waits[x], waits[y]));
            this.leads = new long[leads.length];
            this.waits = new long[leads.length];
            for (int i = 0; i < order.length; i++) {
                this.leads[i] = leads[order[i]];
                this.waits[i] = waits[order[i]];
            }
        }

        int size() {
            return leads.length;
        }

        /** Of the {@link #NEAREST} looks nearest to the lead (fewer when there are fewer), the share waiting [low, high). */
        double nearestWithin(long target, long low, long high) {
            int right = lowerBound(target);
            int left = right - 1;
            int taken = 0;
            int inside = 0;
            while (taken < NEAREST && (left >= 0 || right < leads.length)) {
                boolean takeLeft = right >= leads.length
                        || (left >= 0 && target - leads[left] <= leads[right] - target);
                long wait = takeLeft ? waits[left--] : waits[right++];
                taken++;
                if (wait >= low && wait < high) {
                    inside++;
                }
            }
            return (double) inside / taken;
        }

        private int lowerBound(long value) {
            int low = 0;
            int high = leads.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (leads[middle] < value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
