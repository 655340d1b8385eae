package org.salespipeline.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in a pipeline over a period [from, to), optionally within a close window: the deals in the pipeline
 * just before {@code from} (opening) and just before {@code to} (closing), each deal of either in exactly one
 * movement, the amount changes of the kept deals, and how many deals of the answer had no amount (counted as 0).
 * Left movements are valued at amounts before {@code from}, entered ones at amounts before {@code to}, kept ones at
 * amounts before {@code from}, so that closing = opening − left + entered + increased − decreased.
 *
 * @param movements one per kind, in {@link FlowKind} order, zeros included
 */
public record Flow(Tally opening, Tally closing, List<Movement> movements, double increased, double decreased,
        int dealsWithoutAmount) {

    public Flow {
        movements = List.copyOf(movements);
    }

    /** A number of deals and their value. */
    public record Tally(int deals, double value) {
    }

    /** One movement: its kind, how many deals moved so, and their value. */
    public record Movement(FlowKind kind, int deals, double value) {
    }

    /** Where each of the deals stood over the period, for those in the pipeline before from or before to. */
    static List<FlowDeal> deals(List<Deal> deals, Window period, CloseWindow window) {
        List<FlowDeal> moved = new ArrayList<>();
        for (Deal deal : deals) {
            DealRecord record = deal.record();
            FlowDeal.of(record.issueKey(), record.summary(), record.owner(),
                    deal.history().stageAt(period.from().minusNanos(1)).orElse(null),
                    deal.history().stageAt(period.to().minusNanos(1)).orElse(null),
                    record.amountBefore(period.from()), record.amountBefore(period.to()),
                    record.closeDateBefore(period.from()), record.closeDateBefore(period.to()), window)
                    .ifPresent(moved::add);
        }
        return moved;
    }

    /** The flow of the deals over the period. */
    static Flow of(List<Deal> deals, Window period, CloseWindow window) {
        return of(deals(deals, period, window));
    }

    /** The flow made of the deals' moves, added up in the order given. */
    public static Flow of(List<FlowDeal> moves) {
        Map<FlowKind, double[]> totals = new EnumMap<>(FlowKind.class);
        for (FlowKind kind : FlowKind.values()) {
            totals.put(kind, new double[2]);
        }
        int openingDeals = 0;
        int closingDeals = 0;
        double openingValue = 0;
        double closingValue = 0;
        double increased = 0;
        double decreased = 0;
        int withoutAmount = 0;
        for (FlowDeal move : moves) {
            double[] total = totals.get(move.kind());
            total[0]++;
            total[1] += move.value();
            boolean inOpening = !move.kind().entered();
            boolean inClosing = !move.kind().left();
            if (inOpening) {
                openingDeals++;
                openingValue += FlowDeal.zero(move.amountBefore());
            }
            if (inClosing) {
                closingDeals++;
                closingValue += FlowDeal.zero(move.amountAfter());
            }
            if (move.kind() == FlowKind.KEPT) {
                increased += Math.max(0, move.change());
                decreased += Math.max(0, -move.change());
            }
            if ((inOpening && move.amountBefore() == null) || (inClosing && move.amountAfter() == null)) {
                withoutAmount++;
            }
        }
        List<Movement> movements = new ArrayList<>();
        totals.forEach((kind, total) -> movements.add(new Movement(kind, (int) total[0], total[1])));
        return new Flow(new Tally(openingDeals, openingValue), new Tally(closingDeals, closingValue), movements, increased,
                decreased, withoutAmount);
    }

    /** The movement of the kind. */
    public Movement movement(FlowKind kind) {
        return movements.stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    /** The difference between closing and what opening and the movements make it; 0 up to rounding. */
    public double valueGap() {
        double left = movements.stream().filter(m -> m.kind().left()).mapToDouble(Movement::value).sum();
        double entered = movements.stream().filter(m -> m.kind().entered()).mapToDouble(Movement::value).sum();
        return closing.value() - (opening.value() - left + entered + increased - decreased);
    }

    /** The difference between closing deals and opening − left + entered; always 0. */
    public int dealsGap() {
        int left = movements.stream().filter(m -> m.kind().left()).mapToInt(Movement::deals).sum();
        int entered = movements.stream().filter(m -> m.kind().entered()).mapToInt(Movement::deals).sum();
        return closing.deals() - (opening.deals() - left + entered);
    }
}
