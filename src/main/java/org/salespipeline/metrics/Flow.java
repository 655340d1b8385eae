package org.salespipeline.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** How one deal moved: its kind, and its amount before {@code from} and before {@code to} (null when none). */
    public record DealMove(FlowKind kind, Double amountBefore, Double amountAfter) {

        /** The value the deal adds to its movement. */
        double value() {
            return zero(kind.entered() ? amountAfter : amountBefore);
        }
    }

    /**
     * How the deal moved over the period, or empty when it was in the pipeline neither just before {@code from} nor
     * just before {@code to}.
     */
    static Optional<DealMove> move(Deal deal, Window period, CloseWindow window) {
        DealRecord record = deal.record();
        Optional<org.salespipeline.pipeline.StageRef> before = deal.history().stageAt(period.from().minusNanos(1));
        Optional<org.salespipeline.pipeline.StageRef> after = deal.history().stageAt(period.to().minusNanos(1));
        boolean inBefore = inPipeline(before, record.closeDateBefore(period.from()), window);
        boolean inAfter = inPipeline(after, record.closeDateBefore(period.to()), window);
        if (!inBefore && !inAfter) {
            return Optional.empty();
        }
        FlowKind kind;
        if (inBefore && inAfter) {
            kind = FlowKind.KEPT;
        } else if (inBefore) {
            kind = after.filter(ref -> !ref.isOpenStage()).map(ref -> switch (ref.outcome()) {
                case WON -> FlowKind.WON;
                case LOST -> FlowKind.LOST;
                case DISQUALIFIED -> FlowKind.DISQUALIFIED;
            }).orElse(FlowKind.PUSHED_OUT);
        } else {
            kind = before.isEmpty() ? FlowKind.CREATED : before.get().isOpenStage() ? FlowKind.PULLED_IN : FlowKind.REOPENED;
        }
        return Optional.of(new DealMove(kind, record.amountBefore(period.from()), record.amountBefore(period.to())));
    }

    /** The flow of the deals over the period. */
    static Flow of(List<Deal> deals, Window period, CloseWindow window) {
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
        for (Deal deal : deals) {
            Optional<DealMove> found = move(deal, period, window);
            if (found.isEmpty()) {
                continue;
            }
            DealMove move = found.get();
            double[] total = totals.get(move.kind());
            total[0]++;
            total[1] += move.value();
            boolean inOpening = !move.kind().entered();
            boolean inClosing = !move.kind().left();
            if (inOpening) {
                openingDeals++;
                openingValue += zero(move.amountBefore());
            }
            if (inClosing) {
                closingDeals++;
                closingValue += zero(move.amountAfter());
            }
            if (move.kind() == FlowKind.KEPT) {
                double change = zero(move.amountAfter()) - zero(move.amountBefore());
                increased += Math.max(0, change);
                decreased += Math.max(0, -change);
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

    private static boolean inPipeline(Optional<org.salespipeline.pipeline.StageRef> state, java.time.LocalDate closeDate,
            CloseWindow window) {
        return state.filter(org.salespipeline.pipeline.StageRef::isOpenStage).isPresent()
                && (window == null || window.contains(closeDate));
    }

    private static double zero(Double amount) {
        return amount == null ? 0 : amount;
    }
}
