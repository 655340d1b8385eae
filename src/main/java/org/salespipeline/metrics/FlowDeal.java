package org.salespipeline.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.salespipeline.pipeline.StageRef;

/**
 * One deal of a flow: how it moved, and its amount, expected close date and state just before {@code from} and just
 * before {@code to} (null amount or date when it had none, null state when it had no mapped status yet), and its push
 * count in the period, which a deal list fills in ({@link #page}; 0 until then).
 */
public record FlowDeal(String issueKey, String summary, String owner, FlowKind kind, Double amountBefore,
        Double amountAfter, LocalDate closeDateBefore, LocalDate closeDateAfter, StageRef stateBefore,
        StageRef stateAfter, int pushCount) {

    /** Orders deals by issue key: project, then number as a number. */
    private static final Comparator<FlowDeal> BY_ISSUE_KEY = Comparator
            .comparing((FlowDeal deal) -> deal.issueKey().substring(0, deal.issueKey().indexOf('-')))
            .thenComparingLong(deal -> Long.parseLong(deal.issueKey().substring(deal.issueKey().indexOf('-') + 1)));

    /** The lists of deals a flow offers: one per movement, and the kept deals whose amount rose or fell. */
    public static final List<String> LISTS = Stream.concat(Stream.of(FlowKind.values()).map(FlowKind::argument),
            Stream.of("increased", "decreased")).toList();

    /**
     * The deal's place in the flow from where it stood just before {@code from} and just before {@code to}; empty
     * when it was in the pipeline at neither (see README, "Pipeline changes").
     */
    public static Optional<FlowDeal> of(String issueKey, String summary, String owner, StageRef stateBefore,
            StageRef stateAfter, Double amountBefore, Double amountAfter, LocalDate closeDateBefore,
            LocalDate closeDateAfter, CloseWindow window) {
        boolean inBefore = inPipeline(stateBefore, closeDateBefore, window);
        boolean inAfter = inPipeline(stateAfter, closeDateAfter, window);
        if (!inBefore && !inAfter) {
            return Optional.empty();
        }
        FlowKind kind;
        if (inBefore && inAfter) {
            kind = FlowKind.KEPT;
        } else if (inBefore) {
            kind = stateAfter == null || stateAfter.isOpenStage() ? FlowKind.PUSHED_OUT : switch (stateAfter.outcome()) {
                case WON -> FlowKind.WON;
                case LOST -> FlowKind.LOST;
                case DISQUALIFIED -> FlowKind.DISQUALIFIED;
            };
        } else {
            kind = stateBefore == null ? FlowKind.CREATED
                    : stateBefore.isOpenStage() ? FlowKind.PULLED_IN : FlowKind.REOPENED;
        }
        return Optional.of(new FlowDeal(issueKey, summary, owner, kind, amountBefore, amountAfter, closeDateBefore,
                closeDateAfter, stateBefore, stateAfter, 0));
    }

    /** Whether the deal belongs to the list named (a movement, {@code increased} or {@code decreased}). */
    public boolean inList(String list) {
        return switch (list) {
            case "increased" -> kind == FlowKind.KEPT && change() > 0;
            case "decreased" -> kind == FlowKind.KEPT && change() < 0;
            default -> kind.argument().equals(list);
        };
    }

    /** The value the deal adds to its movement: left and kept deals at their amount before from, entered at before to. */
    public double value() {
        return zero(kind.entered() ? amountAfter : amountBefore);
    }

    /** Its amount before to less its amount before from, no amount counting as 0. */
    public double change() {
        return zero(amountAfter) - zero(amountBefore);
    }

    /**
     * The deals of the list with their push counts in the period (by issue key; absent is 0), from {@code start}, at
     * most {@code limit}: the pushed-out deals by push count, most first, then by issue key; every other list by issue
     * key (project, then number).
     */
    public static List<FlowDeal> page(List<FlowDeal> deals, String list, ToIntFunction<String> pushCounts,
            DealVisibility visibility, int start, int limit) {
        List<FlowDeal> listed = new ArrayList<>(deals.stream().filter(deal -> deal.inList(list))
                .map(deal -> deal.withPushCount(pushCounts.applyAsInt(deal.issueKey()))).toList());
        listed.sort(FlowKind.PUSHED_OUT.argument().equals(list)
                ? Comparator.comparingInt(FlowDeal::pushCount).reversed().thenComparing(BY_ISSUE_KEY) : BY_ISSUE_KEY);
        return listed.stream().filter(deal -> visibility.canSee(deal.issueKey())).skip(start).limit(limit).toList();
    }

    private FlowDeal withPushCount(int count) {
        return new FlowDeal(issueKey, summary, owner, kind, amountBefore, amountAfter, closeDateBefore, closeDateAfter,
                stateBefore, stateAfter, count);
    }

    private static boolean inPipeline(StageRef state, LocalDate closeDate, CloseWindow window) {
        return state != null && state.isOpenStage() && (window == null || window.contains(closeDate));
    }

    static double zero(Double amount) {
        return amount == null ? 0 : amount;
    }
}
