package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.salespipeline.history.HistoryFixtures.MAPPING;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.StatusChange;
import org.salespipeline.testing.PropertyCheck;

/** Invariants of the reference metrics that hold for any set of deals and histories. */
class MetricsPropertyTest {

    /** Wide enough to hold every generated creation and outcome instant. */
    private static final Window EVERYTHING = new Window(day(-1), day(400));

    private static List<DealRecord> deals(Random random) {
        return RandomDeals.deals(random, 15);
    }

    private static ReferenceMetrics metrics(List<DealRecord> deals) {
        return ReferenceMetrics.of(MAPPING, deals);
    }

    private static List<Integer> reached(FunnelReport funnel) {
        return funnel.steps().stream().map(FunnelStep::reached).toList();
    }

    @Test
    @DisplayName("reached counts never increase along the funnel")
    void reachedCountsNeverIncreaseAlongTheFunnel() {
        PropertyCheck.forAll(200, 21L, MetricsPropertyTest::deals, deals -> {
            List<Integer> reached = reached(metrics(deals).funnel(SEVEN, EVERYTHING, OwnerFilter.any()));

            for (int i = 1; i < reached.size(); i++) {
                assertThat(reached.get(i)).isLessThanOrEqualTo(reached.get(i - 1));
            }
            assertThat(reached.get(0)).isLessThanOrEqualTo(deals.size());
        });
    }

    @Test
    @DisplayName("conversions lie in [0, 1] and are null exactly where nothing was reached, and for WON")
    void conversionsLieBetweenZeroAndOne() {
        PropertyCheck.forAll(200, 22L, MetricsPropertyTest::deals, deals -> {
            FunnelReport funnel = metrics(deals).funnel(SEVEN, EVERYTHING, OwnerFilter.any());

            assertThat(funnel.steps()).allSatisfy(step -> {
                if (step.conversion() != null) {
                    assertThat(step.conversion()).isBetween(0.0, 1.0);
                }
                assertThat(step.conversion() == null).isEqualTo(step.reached() == 0 || step.stage().outcome() != null);
            });
        });
    }

    @Test
    @DisplayName("appending a backward move or a LOST after the furthest stage changes no reached count")
    void appendingABackwardMoveOrALostChangesNoReachedCount() {
        PropertyCheck.forAll(200, 23L, random -> new DealsAnd(deals(random), random.nextInt(100)), example -> {
            List<DealRecord> deals = example.deals();
            int choice = example.number();
            List<DealRecord> moved = new ArrayList<>();
            for (DealRecord deal : deals) {
                moved.add(withAppendedMove(deal, backwardOrLost(deal, choice)));
            }

            FunnelReport before = metrics(deals).funnel(SEVEN, EVERYTHING, OwnerFilter.any());
            FunnelReport after = metrics(moved).funnel(SEVEN, EVERYTHING, OwnerFilter.any());

            assertThat(after.cohort()).isEqualTo(before.cohort());
            assertThat(reached(after)).isEqualTo(reached(before));
        });
    }

    @Test
    @DisplayName("the summary's total value equals the sum over its stages and over the open deals")
    void summaryTotalValueEqualsTheSumOverStages() {
        PropertyCheck.forAll(200, 24L, random -> new DealsAnd(deals(random), random.nextInt(61)), example -> {
            List<DealRecord> deals = example.deals();
            int atDay = example.number();
            Instant at = day(atDay);
            PipelineSummary summary = metrics(deals).summary(SEVEN, at, OwnerFilter.any());

            double openValue = deals.stream()
                    .filter(d -> DealHistory.derive(d.changes(), SEVEN, MAPPING).stageAt(at).filter(s -> s.isOpenStage()).isPresent())
                    .mapToDouble(d -> d.amount() == null ? 0 : d.amount())
                    .sum();
            assertThat(summary.totalValue()).isCloseTo(summary.stages().stream().mapToDouble(StageValue::value).sum(), within(1e-6));
            assertThat(summary.totalValue()).isCloseTo(openValue, within(1e-6));
            assertThat(summary.totalDeals()).isEqualTo(summary.stages().stream().mapToInt(StageValue::deals).sum());
        });
    }

    @Test
    @DisplayName("each deal counts under at most one outcome")
    void eachDealHasAtMostOneOutcome() {
        PropertyCheck.forAll(200, 25L, MetricsPropertyTest::deals, deals -> {
            for (DealRecord deal : deals) {
                OutcomeReport report = metrics(List.of(deal)).outcomes(SEVEN, EVERYTHING, OwnerFilter.any());
                boolean enteredAnOutcome = deal.changes().stream()
                        .anyMatch(c -> MAPPING.lookup(c.statusId()).filter(t -> !t.isOpenStage()).isPresent());

                assertThat(report.won() + report.lost() + report.disqualified()).isEqualTo(enteredAnOutcome ? 1 : 0);
            }
        });
    }

    /** Lost for a deal never in an open stage, otherwise a move back to a stage at or before its position, or lost. */
    private static String backwardOrLost(DealRecord deal, int choice) {
        int position = DealHistory.derive(deal.changes(), SEVEN, MAPPING).position();
        int furthestOpen = Math.min(position, SEVEN.size());
        if (furthestOpen == 0 || choice % 3 == 0) {
            return "Closed Lost";
        }
        return SEVEN.stages().get(choice % furthestOpen).name();
    }

    private static DealRecord withAppendedMove(DealRecord deal, String status) {
        Instant last = deal.changes().isEmpty() ? deal.created() : deal.changes().get(deal.changes().size() - 1).at();
        List<StatusChange> changes = new ArrayList<>(deal.changes());
        changes.add(new StatusChange(last.plus(Duration.ofHours(1)), status));
        return new DealRecord(deal.issueKey(), deal.summary(), deal.created(), deal.amount(), deal.owner(),
                deal.expectedCloseDate(), changes);
    }

    /** A generated set of deals with a number drawn beside it. */
    private record DealsAnd(List<DealRecord> deals, int number) {
    }
}
