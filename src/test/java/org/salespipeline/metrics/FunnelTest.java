package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.metrics.DealBuilder.deal;
import static org.salespipeline.metrics.DealBuilder.metrics;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.StageRef;

@DisplayName("Funnel (cohort of deals created in the window)")
class FunnelTest {

    private static final Window FIRST_TEN_DAYS = new Window(day(0), day(10));

    private final ReferenceMetrics metrics = metrics(
            deal("ACME-1").created(1).owner("bob")
                    .move(1, "Prospecting").move(2, "Qualification").move(3, "Proposal").move(5, "Closed Won"),
            deal("ACME-2").created(2)
                    .move(2, "Prospecting").move(3, "Qualification").move(4, "Prospecting").move(6, "Closed Lost"),
            deal("ACME-3").created(3).move(3, "Prospecting").move(4, "Backlog"),
            deal("ACME-4").created(4).move(4, "Closed Lost"),
            deal("ACME-5").created(10).move(10, "Prospecting").move(11, "Closed Won"),
            deal("ACME-6").created(0)
                    .move(0, "Prospecting").move(2, "Negotiation").move(3, "Closed Lost").move(20, "Closed Won"));

    @Test
    @DisplayName("counts reached per stage from positions over the whole history, skips included; the window end is excluded")
    void handWorked() {
        FunnelReport funnel = metrics.funnel(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any());

        assertThat(funnel.cohort()).isEqualTo(5);
        assertThat(funnel.steps()).extracting(FunnelStep::reached).containsExactly(4, 3, 2, 2, 2, 2, 2, 2);
        assertThat(funnel.steps().get(0).conversion()).isEqualTo(0.75);
        assertThat(funnel.steps().get(1).conversion()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(funnel.steps().subList(2, 7)).extracting(FunnelStep::conversion).containsOnly(1.0);
    }

    @Test
    @DisplayName("ends with a WON step whose conversion is null")
    void wonStep() {
        FunnelStep last = metrics.funnel(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any()).steps().get(7);

        assertThat(last).isEqualTo(new FunnelStep(StageRef.outcome(Outcome.WON), 2, null));
    }

    @Test
    @DisplayName("created → won is the cohort's won deals over the cohort (2 of 5), and none for an empty cohort")
    void createdToWon() {
        assertThat(metrics.funnel(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any()).createdToWon()).isEqualTo(0.4);
        assertThat(metrics.funnel(SEVEN, new Window(day(30), day(40)), OwnerFilter.any()).createdToWon()).isNull();
    }

    @Test
    @DisplayName("an empty window has an empty cohort, zero reached and null conversions")
    void empty() {
        FunnelReport funnel = metrics.funnel(SEVEN, new Window(day(30), day(40)), OwnerFilter.any());

        assertThat(funnel.cohort()).isZero();
        assertThat(funnel.steps()).hasSize(8).allSatisfy(step -> {
            assertThat(step.reached()).isZero();
            assertThat(step.conversion()).isNull();
        });
    }

    @Test
    @DisplayName("the window start is included: a deal created exactly at from belongs to the cohort")
    void startIncluded() {
        FunnelReport funnel = metrics.funnel(SEVEN, new Window(day(10), day(11)), OwnerFilter.any());

        assertThat(funnel.cohort()).isEqualTo(1);
        assertThat(funnel.steps().get(0).reached()).isEqualTo(1);
    }

    @Test
    @DisplayName("the owner filter keeps only that owner's deals")
    void ownerFilter() {
        FunnelReport funnel = metrics.funnel(SEVEN, FIRST_TEN_DAYS, OwnerFilter.of("bob"));

        assertThat(funnel.cohort()).isEqualTo(1);
        assertThat(funnel.steps()).extracting(FunnelStep::reached).containsExactly(1, 1, 1, 1, 1, 1, 1, 1);
    }

    @Test
    @DisplayName("a stage nobody reached has a null conversion, and the stage before it converts at 0")
    void zeroReached() {
        ReferenceMetrics stuck = metrics(deal("ACME-1").move(0, "Prospecting"));

        FunnelReport funnel = stuck.funnel(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any());

        assertThat(funnel.steps().get(0).conversion()).isEqualTo(0.0);
        assertThat(funnel.steps().get(1).conversion()).isNull();
    }
}
