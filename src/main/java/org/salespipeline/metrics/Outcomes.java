package org.salespipeline.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salespipeline.history.DealOutcome;
import org.salespipeline.history.Stay;
import org.salespipeline.pipeline.Outcome;

/** The reference computation of the outcome report. */
final class Outcomes {

    private Outcomes() {
    }

    static OutcomeReport report(List<Deal> deals, Window window) {
        List<DealOutcome> won = outcomes(deals, window, Outcome.WON);
        List<DealOutcome> lost = outcomes(deals, window, Outcome.LOST);
        List<DealOutcome> disqualified = outcomes(deals, window, Outcome.DISQUALIFIED);
        List<Double> daysToDisqualify = deals.stream()
                .flatMap(d -> d.outcomeIn(window, Outcome.DISQUALIFIED).stream()
                        .map(o -> Stay.daysBetween(d.record().created(), o.at())))
                .toList();
        return new OutcomeReport(won.size(), lost.size(), disqualified.size(), reasons(lost), reasons(disqualified),
                Stats.median(daysToDisqualify));
    }

    private static List<DealOutcome> outcomes(List<Deal> deals, Window window, Outcome outcome) {
        return deals.stream().map(d -> d.outcomeIn(window, outcome)).flatMap(Optional::stream).toList();
    }

    private static List<ReasonCount> reasons(List<DealOutcome> outcomes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DealOutcome outcome : outcomes) {
            counts.merge(outcome.reason(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue()))
                .sorted(ReasonCount.BY_COUNT_THEN_REASON)
                .toList();
    }
}
