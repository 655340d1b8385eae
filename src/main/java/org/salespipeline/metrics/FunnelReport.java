package org.salespipeline.metrics;

import java.util.List;

/** The funnel of the deals created in a window: one step per open stage in order, then a final WON step. */
public record FunnelReport(int cohort, List<FunnelStep> steps) {

    public FunnelReport {
        steps = List.copyOf(steps);
    }
}
