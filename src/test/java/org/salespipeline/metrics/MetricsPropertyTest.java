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

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.StatusChange;
import org.salespipeline.history.StatusChanges;

class MetricsPropertyTest {

    /** Wide enough to hold every generated creation and outcome instant. */
    private static final Window EVERYTHING = new Window(day(-1), day(400));

    @Provide
    Arbitrary<List<DealRecord>> deals() {
        Arbitrary<Double> amount = Arbitraries.doubles().between(0, 100_000).ofScale(2).injectNull(0.2);
        Arbitrary<String> owner = Arbitraries.of("ann", "bob").injectNull(0.2);
        Arbitrary<DealShape> shape = Combinators.combine(amount, owner, StatusChanges.sequences()).as(DealShape::new);
        return shape.list().ofMaxSize(15).map(MetricsPropertyTest::records);
    }

    private static List<DealRecord> records(List<DealShape> shapes) {
        List<DealRecord> records = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            DealShape s = shapes.get(i);
            Instant created = s.changes().isEmpty() ? day(0) : s.changes().get(0).at();
            records.add(new DealRecord("ACME-" + (i + 1), "Deal " + (i + 1), created, s.amount(), s.owner(), null, s.changes()));
        }
        return records;
    }

    private static ReferenceMetrics metrics(List<DealRecord> deals) {
        return ReferenceMetrics.of(MAPPING, deals);
    }

    private static List<Integer> reached(FunnelReport funnel) {
        return funnel.steps().stream().map(FunnelStep::reached).toList();
    }

    @Property(tries = 200)
    void reachedCountsNeverIncreaseAlongTheFunnel(@ForAll("deals") List<DealRecord> deals) {
        List<Integer> reached = reached(metrics(deals).funnel(SEVEN, EVERYTHING, OwnerFilter.any()));

        for (int i = 1; i < reached.size(); i++) {
            assertThat(reached.get(i)).isLessThanOrEqualTo(reached.get(i - 1));
        }
        assertThat(reached.get(0)).isLessThanOrEqualTo(deals.size());
    }

    @Property(tries = 200)
    void conversionsLieBetweenZeroAndOne(@ForAll("deals") List<DealRecord> deals) {
        FunnelReport funnel = metrics(deals).funnel(SEVEN, EVERYTHING, OwnerFilter.any());

        assertThat(funnel.steps()).allSatisfy(step -> {
            if (step.conversion() != null) {
                assertThat(step.conversion()).isBetween(0.0, 1.0);
            }
            assertThat(step.conversion() == null).isEqualTo(step.reached() == 0 || step.stage().outcome() != null);
        });
    }

    @Property(tries = 200)
    void appendingABackwardMoveOrALostChangesNoReachedCount(@ForAll("deals") List<DealRecord> deals,
            @ForAll @IntRange(min = 0, max = 99) int choice) {
        List<DealRecord> moved = new ArrayList<>();
        for (DealRecord deal : deals) {
            moved.add(withAppendedMove(deal, backwardOrLost(deal, choice)));
        }

        FunnelReport before = metrics(deals).funnel(SEVEN, EVERYTHING, OwnerFilter.any());
        FunnelReport after = metrics(moved).funnel(SEVEN, EVERYTHING, OwnerFilter.any());

        assertThat(after.cohort()).isEqualTo(before.cohort());
        assertThat(reached(after)).isEqualTo(reached(before));
    }

    @Property(tries = 200)
    void summaryTotalValueEqualsTheSumOverStages(@ForAll("deals") List<DealRecord> deals,
            @ForAll @IntRange(min = 0, max = 60) int atDay) {
        Instant at = day(atDay);
        PipelineSummary summary = metrics(deals).summary(SEVEN, at, OwnerFilter.any());

        double openValue = deals.stream()
                .filter(d -> DealHistory.derive(d.changes(), SEVEN, MAPPING).stageAt(at).filter(s -> s.isOpenStage()).isPresent())
                .mapToDouble(d -> d.amount() == null ? 0 : d.amount())
                .sum();
        assertThat(summary.totalValue()).isCloseTo(summary.stages().stream().mapToDouble(StageValue::value).sum(), within(1e-6));
        assertThat(summary.totalValue()).isCloseTo(openValue, within(1e-6));
        assertThat(summary.totalDeals()).isEqualTo(summary.stages().stream().mapToInt(StageValue::deals).sum());
    }

    @Property(tries = 200)
    void eachDealHasAtMostOneOutcome(@ForAll("deals") List<DealRecord> deals) {
        for (DealRecord deal : deals) {
            OutcomeReport report = metrics(List.of(deal)).outcomes(SEVEN, EVERYTHING, OwnerFilter.any());
            boolean enteredAnOutcome = deal.changes().stream()
                    .anyMatch(c -> MAPPING.lookup(c.statusId()).filter(t -> !t.isOpenStage()).isPresent());

            assertThat(report.won() + report.lost() + report.disqualified()).isEqualTo(enteredAnOutcome ? 1 : 0);
        }
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

    private record DealShape(Double amount, String owner, List<StatusChange> changes) {
    }
}
