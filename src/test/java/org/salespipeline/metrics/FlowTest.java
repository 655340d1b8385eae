package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.metrics.DealBuilder.deal;
import static org.salespipeline.metrics.DealBuilder.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.HistoryFixtures;
import org.salespipeline.history.StatusChange;

@DisplayName("Pipeline changes (flow)")
class FlowTest {

    /** The week of days 7 to 14. */
    private static final Window WEEK = new Window(day(7), day(14));
    private static final CloseWindow MARCH = new CloseWindow(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));

    @Test
    @DisplayName("without a close window: kept, created, won, lost, disqualified and reopened, valued as defined")
    void movementsWithoutWindow() {
        Flow flow = metrics(
                deal("ACME-1").amount(1_000.0).move(0, "Prospecting").amountChange(10, 1_000.0, 1_500.0),
                deal("ACME-2").created(8).amount(700.0).move(8, "Prospecting"),
                deal("ACME-3").amount(2_000.0).move(0, "Proposal").move(9, "Closed Won").amountChange(9, 2_000.0, 2_500.0),
                deal("ACME-4").amount(300.0).move(0, "Proposal").move(9, "Closed Lost", "Price"),
                deal("ACME-5").move(0, "Prospecting").move(10, "Disqualified", "No budget"),
                deal("ACME-6").amount(400.0).move(0, "Proposal").move(3, "Closed Lost", "Price").move(12, "Negotiation"),
                deal("ACME-7").amount(9_000.0).move(0, "Proposal").move(2, "Closed Won"),
                deal("ACME-8").amount(50.0).move(0, "Negotiation").amountChange(11, 50.0, 20.0))
                .flow(SEVEN, WEEK, null, OwnerFilter.any());

        assertThat(flow.opening()).isEqualTo(new Flow.Tally(5, 1_000 + 2_000 + 300 + 0 + 50));
        assertThat(flow.closing()).isEqualTo(new Flow.Tally(4, 1_500 + 700 + 400 + 20));
        assertThat(flow.movement(FlowKind.KEPT)).isEqualTo(new Flow.Movement(FlowKind.KEPT, 2, 1_050));
        assertThat(flow.movement(FlowKind.CREATED)).isEqualTo(new Flow.Movement(FlowKind.CREATED, 1, 700));
        assertThat(flow.movement(FlowKind.WON)).as("left movements at amounts before from")
                .isEqualTo(new Flow.Movement(FlowKind.WON, 1, 2_000));
        assertThat(flow.movement(FlowKind.LOST)).isEqualTo(new Flow.Movement(FlowKind.LOST, 1, 300));
        assertThat(flow.movement(FlowKind.DISQUALIFIED)).isEqualTo(new Flow.Movement(FlowKind.DISQUALIFIED, 1, 0));
        assertThat(flow.movement(FlowKind.REOPENED)).isEqualTo(new Flow.Movement(FlowKind.REOPENED, 1, 400));
        assertThat(flow.movement(FlowKind.PUSHED_OUT).deals()).as("nothing is pushed out without a window").isZero();
        assertThat(flow.movement(FlowKind.PULLED_IN).deals()).isZero();
        assertThat(flow.increased()).isEqualTo(500);
        assertThat(flow.decreased()).isEqualTo(30);
        assertThat(flow.dealsWithoutAmount()).as("ACME-5").isEqualTo(1);
        assertThat(flow.movements()).extracting(Flow.Movement::kind).containsExactly(FlowKind.values());
        assertThat(flow.valueGap()).isCloseTo(0, within(1e-9));
        assertThat(flow.dealsGap()).isZero();
    }

    @Test
    @DisplayName("a movement's deal list: its deals by issue number, kept ones split by a rise or fall, visible ones paged")
    void dealLists() {
        ReferenceMetrics metrics = metrics(
                deal("ACME-10").amount(100.0).move(0, "Proposal").amountChange(9, 100.0, 150.0),
                deal("ACME-9").amount(200.0).move(0, "Proposal").amountChange(9, 200.0, 120.0),
                deal("ACME-2").amount(300.0).move(0, "Proposal"),
                deal("ACME-3").amount(50.0).move(0, "Proposal").move(10, "Closed Won"));

        assertThat(metrics.flowDeals(SEVEN, WEEK, null, OwnerFilter.any(), "kept", key -> true, 0, 50))
                .extracting(FlowDeal::issueKey).containsExactly("ACME-2", "ACME-9", "ACME-10");
        assertThat(metrics.flowDeals(SEVEN, WEEK, null, OwnerFilter.any(), "increased", key -> true, 0, 50))
                .singleElement().satisfies(d -> {
                    assertThat(d.issueKey()).isEqualTo("ACME-10");
                    assertThat(d.amountBefore()).isEqualTo(100.0);
                    assertThat(d.amountAfter()).isEqualTo(150.0);
                    assertThat(d.stateAfter()).isEqualTo(org.salespipeline.pipeline.StageRef.stage("PROPOSAL"));
                });
        assertThat(metrics.flowDeals(SEVEN, WEEK, null, OwnerFilter.any(), "decreased", key -> true, 0, 50))
                .extracting(FlowDeal::issueKey).containsExactly("ACME-9");
        assertThat(metrics.flowDeals(SEVEN, WEEK, null, OwnerFilter.any(), "won", key -> true, 0, 50))
                .singleElement().satisfies(d -> assertThat(d.stateAfter())
                        .isEqualTo(org.salespipeline.pipeline.StageRef.outcome(org.salespipeline.pipeline.Outcome.WON)));
        assertThat(metrics.flowDeals(SEVEN, WEEK, null, OwnerFilter.any(), "kept", key -> !key.equals("ACME-2"), 1, 5))
                .as("start counts the visible deals").extracting(FlowDeal::issueKey).containsExactly("ACME-10");
        assertThat(FlowDeal.LISTS).containsExactly("created", "pulledIn", "reopened", "won", "lost", "disqualified",
                "pushedOut", "kept", "increased", "decreased");
    }

    @Test
    @DisplayName("with a close window: a date moved out of it pushes the deal out, one moved into it pulls it in")
    void pushedOutAndPulledIn() {
        Flow flow = metrics(
                deal("ACME-1").amount(100.0).move(0, "Proposal").closeDateChange(0, null, "2026-03-10")
                        .closeDateChange(9, "2026-03-10", "2026-04-15"),
                deal("ACME-2").amount(200.0).move(0, "Proposal").closeDateChange(1, null, "2026-05-01")
                        .closeDateChange(10, "2026-05-01", "2026-03-20"),
                deal("ACME-3").amount(300.0).move(0, "Proposal").closes("2026-03-05"),
                deal("ACME-4").amount(400.0).move(0, "Proposal").closes("2026-06-05"),
                deal("ACME-5").amount(500.0).move(0, "Proposal"))
                .flow(SEVEN, WEEK, MARCH, OwnerFilter.any());

        assertThat(flow.movement(FlowKind.PUSHED_OUT)).isEqualTo(new Flow.Movement(FlowKind.PUSHED_OUT, 1, 100));
        assertThat(flow.movement(FlowKind.PULLED_IN)).isEqualTo(new Flow.Movement(FlowKind.PULLED_IN, 1, 200));
        assertThat(flow.movement(FlowKind.KEPT)).isEqualTo(new Flow.Movement(FlowKind.KEPT, 1, 300));
        assertThat(flow.opening()).as("a deal with no close date, or one outside, is not in the window")
                .isEqualTo(new Flow.Tally(2, 400));
        assertThat(flow.closing()).isEqualTo(new Flow.Tally(2, 500));
    }

    @Test
    @DisplayName("values before an instant: a change at the instant is not yet in; before any change, the created value")
    void valuesBefore() {
        DealRecord deal = deal("ACME-1").amount(10.0).amountChange(5, 10.0, 20.0).amountChange(9, 20.0, 30.0).build();

        assertThat(deal.amountBefore(day(1))).isEqualTo(10.0);
        assertThat(deal.amountBefore(day(5))).isEqualTo(10.0);
        assertThat(deal.amountBefore(day(5).plusMillis(1))).isEqualTo(20.0);
        assertThat(deal.amountBefore(day(30))).isEqualTo(30.0);
        assertThat(deal("ACME-2").amount(7.0).build().amountBefore(day(0))).as("never changed: today's value").isEqualTo(7.0);
    }

    @Test
    @DisplayName("the push count counts close-date changes to a later date within the period")
    void pushCount() {
        DealRecord deal = deal("ACME-1").closeDateChange(1, null, "2026-03-01").closeDateChange(8, "2026-03-01", "2026-03-20")
                .closeDateChange(9, "2026-03-20", "2026-03-10").closeDateChange(12, "2026-03-10", "2026-04-30")
                .closeDateChange(20, "2026-04-30", "2026-05-30").build();

        assertThat(deal.pushCount(WEEK.from(), WEEK.to())).isEqualTo(2);
        assertThat(deal.pushCount(null, null)).as("all time; setting a first date is no push").isEqualTo(3);
        assertThat(deal.pushCount(day(8), day(12))).as("a push at from counts, one at to does not").isEqualTo(1);
    }

    @Test
    @DisplayName("the pushed-out list is ordered by push count in the period, most first, then by issue key, each row with its count")
    void pushedOutByPushCount() {
        ReferenceMetrics metrics = metrics(
                deal("ACME-10").move(0, "Proposal").closeDateChange(0, null, "2026-03-10")
                        .closeDateChange(9, "2026-03-10", "2026-04-15"),
                deal("ACME-2").move(0, "Proposal").closeDateChange(0, null, "2026-03-10")
                        .closeDateChange(3, "2026-03-10", "2026-03-12").closeDateChange(8, "2026-03-12", "2026-03-20")
                        .closeDateChange(9, "2026-03-20", "2026-04-02").closeDateChange(10, "2026-04-02", "2026-05-01"),
                deal("ACME-3").move(0, "Proposal").closeDateChange(0, null, "2026-03-10")
                        .closeDateChange(11, "2026-03-10", "2026-04-20"),
                deal("ACME-4").move(0, "Proposal").closeDateChange(0, null, "2026-03-10")
                        .closeDateChange(8, "2026-03-10", "2026-04-30").closeDateChange(9, "2026-04-30", "2026-04-10")
                        .closeDateChange(12, "2026-04-10", "2026-05-10"));

        List<FlowDeal> pushedOut = metrics.flowDeals(SEVEN, WEEK, MARCH, OwnerFilter.any(), "pushedOut",
                DealVisibility.everything(), 0, 10);

        assertThat(pushedOut).extracting(FlowDeal::issueKey, FlowDeal::pushCount).as("the push of ACME-2 on day 3 is"
                + " before the period; a date pulled in is no push").containsExactly(
                org.assertj.core.groups.Tuple.tuple("ACME-2", 3), org.assertj.core.groups.Tuple.tuple("ACME-4", 2),
                org.assertj.core.groups.Tuple.tuple("ACME-3", 1), org.assertj.core.groups.Tuple.tuple("ACME-10", 1));
        assertThat(metrics.flowDeals(SEVEN, WEEK, MARCH, OwnerFilter.any(), "pushedOut", DealVisibility.everything(), 1, 2))
                .extracting(FlowDeal::issueKey).as("paged after ordering").containsExactly("ACME-4", "ACME-3");
    }

    @RepeatedTest(40)
    @DisplayName("for random deals, periods and windows, closing = opening − left + entered + increased − decreased")
    void identity() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        List<DealRecord> deals = randomDeals(random, 60);
        double start = random.nextInt(40);
        Window period = new Window(day(start), day(start + 1 + random.nextInt(30)));
        LocalDate first = LocalDate.parse("2026-01-01").plusDays(random.nextInt(90));
        CloseWindow window = random.nextBoolean() ? null : new CloseWindow(first, first.plusDays(1 + random.nextInt(60)));

        Flow flow = ReferenceMetrics.of(HistoryFixtures.MAPPING, deals).flow(SEVEN, period, window, OwnerFilter.any());

        assertThat(flow.valueGap()).as("seed %d", seed).isCloseTo(0, within(1e-6));
        assertThat(flow.dealsGap()).as("seed %d", seed).isZero();
        int moved = flow.movements().stream().mapToInt(Flow.Movement::deals).sum();
        int kept = flow.movement(FlowKind.KEPT).deals();
        assertThat(moved).as("every deal of opening or closing in exactly one movement, seed %d", seed)
                .isEqualTo(flow.opening().deals() + flow.closing().deals() - kept);
        if (window == null) {
            assertThat(flow.movement(FlowKind.PUSHED_OUT).deals() + flow.movement(FlowKind.PULLED_IN).deals()).isZero();
        }
    }

    private static List<DealRecord> randomDeals(Random random, int count) {
        String[] statuses = HistoryFixtures.MAPPING.lines().stream().map(line -> line.statusId()).toArray(String[]::new);
        List<DealRecord> deals = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            double day = random.nextInt(20);
            List<StatusChange> changes = new ArrayList<>();
            List<FieldChange> fields = new ArrayList<>();
            Double amount = random.nextInt(5) == 0 ? null : (double) random.nextInt(10_000);
            LocalDate close = random.nextInt(5) == 0 ? null : LocalDate.parse("2026-01-01").plusDays(random.nextInt(150));
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                changes.add(new StatusChange(day(day), statuses[random.nextInt(statuses.length)],
                        random.nextBoolean() ? "Price" : null));
                if (random.nextBoolean()) {
                    Double next = random.nextInt(6) == 0 ? null : (double) random.nextInt(10_000);
                    fields.add(FieldChange.amount(day(day + random.nextInt(3)), amount, next));
                    amount = next;
                }
                if (random.nextBoolean()) {
                    LocalDate next = LocalDate.parse("2026-01-01").plusDays(random.nextInt(150));
                    fields.add(FieldChange.closeDate(day(day + random.nextInt(3)), close, next));
                    close = next;
                }
                day += random.nextInt(10);
            }
            deals.add(new DealRecord("ACME-" + i, "Deal " + i, day(0), amount, "ann", close, changes, fields));
        }
        return deals;
    }
}
