package org.salespipeline.metrics;

import java.util.List;

/** The funnel of the deals created in a window: one step per open stage in order, then a final WON step. */
public record FunnelReport(int cohort, List<FunnelStep> steps) {

    public FunnelReport {
        steps = List.copyOf(steps);
    }

    /** Created → won: the deals of the cohort that were won ÷ the cohort; null for an empty cohort. Not a win rate. */
    public Double createdToWon() {
        return steps.isEmpty() ? null : Stats.ratio(steps.get(steps.size() - 1).reached(), cohort);
    }
}
