package org.salespipeline.forecast;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.salespipeline.history.DealField;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.FieldHistory;
import org.salespipeline.history.StageEntry;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;

/**
 * What the forecasts of some windows need from the deals, gathered one deal at a time so that no history is kept
 * once read: per window, the value won in it before T and in all, the deals open before T with their stage, amount
 * and close date before T, and the value new deals brought in the same span of earlier quarters; for all windows,
 * the team's close timing. Sums are taken over the owner's deals; the close timing learns from every deal.
 */
public final class ForecastEvidence {

    /** How many earlier spans new business is learnt from. */
    static final int ANALOGS = 4;
    /** Earlier spans lie whole quarters back, so that a month is compared with the same month of earlier quarters. */
    private static final int STEP_MONTHS = 3;

    private final Pipeline pipeline;
    private final StatusMapping mapping;
    private final OwnerFilter owner;
    private final List<ForecastWindow> windows;
    private final List<Sums> sums = new ArrayList<>();
    private final CloseTiming timing;
    private long firstCreated = Long.MAX_VALUE;

    public ForecastEvidence(Pipeline pipeline, StatusMapping mapping, FiscalCalendar calendar, OwnerFilter owner,
            List<ForecastWindow> windows) {
        this.pipeline = pipeline;
        this.mapping = mapping;
        this.owner = owner;
        this.windows = List.copyOf(windows);
        long earliest = Long.MAX_VALUE;
        for (ForecastWindow window : this.windows) {
            sums.add(new Sums(window, analogs(window, calendar)));
            earliest = Math.min(earliest, window.asOf().getEpochSecond() - CloseTiming.LOOKBACK);
        }
        this.timing = new CloseTiming(pipeline, calendar, earliest);
    }

    /** Adds one deal; deals must come in a fixed order (by issue key) for the answer to be the same every time. */
    public void add(DealRecord deal) {
        DealHistory history = DealHistory.derive(deal.changes(), pipeline, mapping);
        if (history.entries().isEmpty()) {
            return;
        }
        firstCreated = Math.min(firstCreated, deal.created().getEpochSecond());
        Instant wonAt = history.entries().stream().filter(e -> e.target().is(Outcome.WON)).map(StageEntry::at)
                .findFirst().orElse(null);
        FieldHistory closeDates = FieldChange.history(deal.fieldChanges(), DealField.CLOSE_DATE);
        String closeNow = DealField.closeDate(deal.expectedCloseDate());
        if (wonAt != null) {
            timing.addWon(history, closeDates, closeNow, deal.created(), wonAt);
        }
        if (!owner.matches(deal.owner())) {
            return;
        }
        double wonValue = 0;
        if (wonAt != null) {
            FieldHistory amounts = FieldChange.history(deal.fieldChanges(), DealField.AMOUNT);
            Double amount = DealField.amount(amounts.valuesAt(List.of(wonAt), DealField.amount(deal.amount())).get(0));
            wonValue = amount == null ? 0 : amount;
        }
        for (Sums window : sums) {
            window.add(deal, history, wonAt, wonValue, closeDates, closeNow);
        }
    }

    List<ForecastWindow> windows() {
        return windows;
    }

    /** The evidence of the i-th window. */
    Sums sums(int i) {
        return sums.get(i);
    }

    /** The close timing a forecast as of T uses. */
    CloseTiming.Looks timing(Instant asOf, Instant horizon) {
        return timing.asOf(asOf, horizon);
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /** The value new deals brought in each earlier span that lies after the first deal's creation. */
    double[] newBusiness(int i) {
        Sums window = sums.get(i);
        double[] values = new double[window.analogs.length];
        int kept = 0;
        for (int k = 0; k < window.analogs.length; k++) {
            if (window.analogs[k][2] >= firstCreated) {
                values[kept++] = window.analogValues[k];
            }
        }
        return Arrays.copyOf(values, kept);
    }

    /** The same span in earlier quarters, wholly before T: {from, to, T} each, epoch seconds. */
    private static long[][] analogs(ForecastWindow window, FiscalCalendar calendar) {
        long lengthDays = Math.max(1, (window.to().getEpochSecond() - window.from().getEpochSecond()) / 86_400);
        int step = STEP_MONTHS * (int) Math.max(1, (lengthDays + 91) / 92);
        long[][] analogs = new long[ANALOGS][];
        int found = 0;
        for (int back = step; found < ANALOGS; back += step) {
            Instant to = earlier(window.to(), back, calendar);
            if (!to.isAfter(window.asOf())) {
                analogs[found++] = new long[] {earlier(window.from(), back, calendar).getEpochSecond(),
                        to.getEpochSecond(), earlier(window.asOf(), back, calendar).getEpochSecond()};
            }
        }
        return analogs;
    }

    private static Instant earlier(Instant instant, int months, FiscalCalendar calendar) {
        return ZonedDateTime.ofInstant(instant, calendar.zone()).minusMonths(months).toInstant();
    }

    /** The sums of one window. */
    final class Sums {

        final ForecastWindow window;
        final long[][] analogs;
        final double[] analogValues = new double[ANALOGS];
        double wonSoFar;
        double actual;
        int open;
        int[] positions = new int[64];
        double[] amounts = new double[64];
        long[] closeStarts = new long[64];
        boolean[] hasClose = new boolean[64];

        Sums(ForecastWindow window, long[][] analogs) {
            this.window = window;
            this.analogs = analogs;
        }

        void add(DealRecord deal, DealHistory history, Instant wonAt, double wonValue, FieldHistory closeDates,
                String closeNow) {
            Instant asOf = window.asOf();
            if (wonAt != null && window.contains(wonAt)) {
                actual += wonValue;
                if (wonAt.isBefore(asOf)) {
                    wonSoFar += wonValue;
                }
            }
            if (wonAt != null) {
                long won = wonAt.getEpochSecond();
                long created = deal.created().getEpochSecond();
                for (int k = 0; k < analogs.length; k++) {
                    long[] span = analogs[k];
                    if (created >= span[2] && won >= Math.max(span[0], span[2]) && won < span[1]) {
                        analogValues[k] += wonValue;
                    }
                }
            }
            StageRef before = history.stageAt(asOf.minusNanos(1)).orElse(null);
            if (before != null && before.isOpenStage()) {
                Long close = timing.closeStart(DealField.closeDate(closeDates.valueBefore(asOf, closeNow)));
                Double amount = deal.amountBefore(asOf);
                grow();
                positions[open] = pipeline.positionOf(before.stageKey()).orElseThrow();
                amounts[open] = amount == null ? 0 : amount;
                hasClose[open] = close != null;
                closeStarts[open] = close == null ? 0 : close;
                open++;
            }
        }

        private void grow() {
            if (open == positions.length) {
                int grown = open * 2;
                positions = Arrays.copyOf(positions, grown);
                amounts = Arrays.copyOf(amounts, grown);
                closeStarts = Arrays.copyOf(closeStarts, grown);
                hasClose = Arrays.copyOf(hasClose, grown);
            }
        }
    }
}
