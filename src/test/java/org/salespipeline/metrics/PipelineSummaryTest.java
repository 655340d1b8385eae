package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.metrics.DealBuilder.deal;
import static org.salespipeline.metrics.DealBuilder.metrics;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pipeline summary at an instant")
class PipelineSummaryTest {

    private final ReferenceMetrics metrics = metrics(
            deal("ACME-1").amount(1000.0).move(0, "Proposal"),
            deal("ACME-2").move(1, "Proposal"),
            deal("ACME-3").amount(2000.0).owner("bob").move(2, "Negotiation"),
            deal("ACME-4").amount(700.0).move(0, "Proposal").move(5, "Closed Lost"),
            deal("ACME-5").amount(800.0).move(6, "Prospecting"),
            deal("ACME-6").amount(100.0).move(0, "Closed Lost").move(3, "Prospecting"));

    @Test
    @DisplayName("sums open deals per stage with today's amounts and probabilities; a missing amount counts as 0")
    void perStage() {
        PipelineSummary summary = metrics.summary(SEVEN, day(5), OwnerFilter.any());

        assertThat(summary.stages()).extracting(StageValue::stageKey).containsExactlyElementsOf(SEVEN.stages().stream()
                .map(org.salespipeline.pipeline.Stage::key).toList());
        assertThat(summary.stages().get(0)).isEqualTo(new StageValue("PROSPECTING", 1, 100, 5));
        assertThat(summary.stages().get(4)).isEqualTo(new StageValue("PROPOSAL", 2, 1000, 500));
        assertThat(summary.stages().get(5)).isEqualTo(new StageValue("NEGOTIATION", 1, 2000, 1400));
        assertThat(summary.stages().get(1)).isEqualTo(new StageValue("QUALIFICATION", 0, 0, 0));
    }

    @Test
    @DisplayName("totals cover all stages; a deal lost exactly at the instant and one not yet entered are left out")
    void totals() {
        PipelineSummary summary = metrics.summary(SEVEN, day(5), OwnerFilter.any());

        assertThat(summary.totalDeals()).isEqualTo(4);
        assertThat(summary.totalValue()).isEqualTo(3100.0);
        assertThat(summary.totalWeightedValue()).isEqualTo(1905.0);
    }

    @Test
    @DisplayName("probabilities edited today apply to past instants too")
    void todaysProbabilities() {
        PipelineSummary summary = metrics.summary(SEVEN.updateStageNumbers("PROPOSAL", 20, 21), day(5), OwnerFilter.any());

        assertThat(summary.stages().get(4).weightedValue()).isEqualTo(200.0);
    }

    @Test
    @DisplayName("the owner filter keeps only that owner's deals")
    void ownerFilter() {
        PipelineSummary summary = metrics.summary(SEVEN, day(5), OwnerFilter.of("bob"));

        assertThat(summary.totalDeals()).isEqualTo(1);
        assertThat(summary.totalValue()).isEqualTo(2000.0);
    }
}
