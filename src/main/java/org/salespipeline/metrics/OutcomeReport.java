package org.salespipeline.metrics;

import java.util.List;

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
}
