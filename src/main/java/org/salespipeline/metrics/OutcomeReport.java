package org.salespipeline.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salespipeline.history.ReasonNames;

/**
 * Deals whose outcome falls in a window, with lost and disqualification reasons ordered by count (descending), then
 * reason (no reason last).
 *
 * @param medianDaysToDisqualify median fractional days from creation to disqualification; null when none
 */
public record OutcomeReport(int won, int lost, int disqualified, List<ReasonCount> lostReasons,
        List<ReasonCount> disqualifiedReasons, Double medianDaysToDisqualify) {

    public OutcomeReport {
        lostReasons = List.copyOf(lostReasons);
        disqualifiedReasons = List.copyOf(disqualifiedReasons);
    }

    /** The win rate: won ÷ (won + lost); null when none was won or lost. Disqualified deals do not count. */
    public Double winRate() {
        return Stats.ratio(won, won + lost);
    }

    /**
     * The report with each recorded reason shown by the name it has now; reasons that now share a name (an option
     * and the same option's name recorded as text, or an option recorded under an old name) count as one.
     */
    public OutcomeReport named(ReasonNames names) {
        return new OutcomeReport(won, lost, disqualified, named(lostReasons, names), named(disqualifiedReasons, names),
                medianDaysToDisqualify);
    }

    private static List<ReasonCount> named(List<ReasonCount> reasons, ReasonNames names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReasonCount reason : reasons) {
            counts.merge(reason.reason() == null ? null : names.nameOf(reason.reason()), reason.count(), Integer::sum);
        }
        return counts.entrySet().stream().map(count -> new ReasonCount(count.getKey(), count.getValue()))
                .sorted(ReasonCount.BY_COUNT_THEN_REASON).toList();
    }
}
