package org.salespipeline.metrics;

import java.util.List;

/** Open deals per stage at an instant, in stage order, with the totals over all stages. */
public record PipelineSummary(List<StageValue> stages, int totalDeals, double totalValue, double totalWeightedValue) {

    public PipelineSummary {
        stages = List.copyOf(stages);
    }
}
