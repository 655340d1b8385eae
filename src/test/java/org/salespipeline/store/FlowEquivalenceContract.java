package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.java.ao.test.jdbc.NonTransactional;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.LoggedFieldChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.CloseWindow;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.metrics.DealVisibility;
import org.salespipeline.metrics.Flow;
import org.salespipeline.metrics.FlowDeal;
import org.salespipeline.metrics.FlowKind;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.metrics.ReferenceMetrics;
import org.salespipeline.metrics.Window;
import org.salespipeline.testing.PropertyCheck;

/**
 * The flow from the store equals the reference's for the demo generator's deals with their amount and close-date
 * revisions, recorded through the stage log in shuffled order with repeats, for random periods (often ending exactly
 * on a logged change), close windows and owners; and for the edge cases of the definitions: no amount, changes exactly
 * at the ends of the period, statuses the pipeline does not map.
 */
public abstract class FlowEquivalenceContract extends StoreContract {

    private static final int TRIES = 6;
    private static final Instant END = Instant.parse("2026-06-01T00:00:00Z");
    private static final Comparator<Double> CLOSE_ENOUGH = (a, b) ->
            Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b))) ? 0 : Double.compare(a, b);

    @Test
    @NonTransactional
    public void flowFromTheStoreEqualsTheReferenceForGeneratedDeals() {
        PropertyCheck.forAll(TRIES, getClass().getName().hashCode(), Scenario::draw, scenario -> {
            try {
                StoreFixture store = StoreFixture.clean(entityManager);
                store.pipelines.save(scenario.config());
                recordShuffled(store, scenario.deals(), scenario.random());
                compare(ReferenceMetrics.of(scenario.config().mapping(),
                                scenario.deals().stream().map(DealSpec::toRecord).toList()),
                        new SqlPipelineMetrics(store.sql), scenario);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    @NonTransactional
    public void edgeCasesOfTheDefinitionsAnswerAsTheReferenceDoes() throws Exception {
        StoreFixture store = StoreFixture.clean(entityManager);
        PipelineConfig config = StoreFixture.sevenStage("ACME");
        store.pipelines.save(config);
        Instant from = StoreFixture.T0.plusSeconds(10 * 86_400);
        Instant to = from.plusSeconds(7 * 86_400);
        Instant start = StoreFixture.T0;
        List<DealRecord> deals = List.of(
                // No amount at all: counted with 0, and in dealsWithoutAmount.
                record(1, null, null, List.of(new StatusChange(start, "Prospecting")), List.of()),
                // Amount raised exactly at from (after the start) and cleared exactly at to (after the end).
                record(2, null, 900.0, List.of(new StatusChange(start, "Proposal")),
                        List.of(FieldChange.amount(start, 100.0, 500.0), FieldChange.amount(from, 500.0, 700.0),
                                FieldChange.amount(to, 700.0, null), FieldChange.amount(to.plusSeconds(1), null, 900.0))),
                // Won exactly at to: still open just before it, so kept.
                record(3, null, 300.0, List.of(new StatusChange(start, "Negotiation"), new StatusChange(to, "Closed Won")),
                        List.of()),
                // Created exactly at from: entered, not kept.
                record(4, null, 50.0, List.of(new StatusChange(from, "Prospecting")), List.of()),
                // A move into an unmapped status is ignored: still in Qualification before to.
                record(5, null, 80.0, List.of(new StatusChange(start, "Qualification"),
                        new StatusChange(from.plusSeconds(60), "Backlog")), List.of()),
                // Lost before to after a close date pushed out of the window inside the period.
                record(6, "2026-01-31", 60.0, List.of(new StatusChange(start, "Proposal"),
                        new StatusChange(from.plusSeconds(3_600), "Closed Lost", "Price")),
                        List.of(FieldChange.closeDate(from.plusSeconds(60), LocalDate.parse("2026-01-20"),
                                LocalDate.parse("2026-01-31")))),
                // Reopened from Lost within the period.
                record(7, "2026-01-25", 40.0, List.of(new StatusChange(start, "Proposal"),
                        new StatusChange(start.plusSeconds(86_400), "Closed Lost", "Price"),
                        new StatusChange(from.plusSeconds(7_200), "Negotiation")), List.of()),
                // A close date pulled into the window exactly at from, and pushed out of it exactly at to.
                record(8, "2026-03-15", 20.0, List.of(new StatusChange(start, "Proposal")),
                        List.of(FieldChange.closeDate(from, LocalDate.parse("2026-02-20"), LocalDate.parse("2026-01-10")),
                                FieldChange.closeDate(to, LocalDate.parse("2026-01-10"), LocalDate.parse("2026-03-15")))));
        for (DealRecord deal : deals) {
            record(store, deal, 0, deal.changes().size());
        }
        PipelineMetrics sql = new SqlPipelineMetrics(store.sql);
        PipelineMetrics reference = ReferenceMetrics.of(config.mapping(), deals);
        Window week = new Window(from, to);
        CloseWindow january = new CloseWindow(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"));

        for (CloseWindow window : java.util.Arrays.asList(null, january)) {
            Flow flow = sql.flow(config.pipeline(), week, window, OwnerFilter.any());
            assertSame(flow, reference.flow(config.pipeline(), week, window, OwnerFilter.any()));
            assertThat(flow.valueGap()).isCloseTo(0, within(1e-6));
            assertThat(flow.dealsGap()).isZero();
            for (String list : FlowDeal.LISTS) {
                assertSame(sql.flowDeals(config.pipeline(), week, window, OwnerFilter.any(), list, key -> true, 0, 50),
                        reference.flowDeals(config.pipeline(), week, window, OwnerFilter.any(), list, key -> true, 0, 50));
            }
        }
        Flow all = sql.flow(config.pipeline(), week, null, OwnerFilter.any());
        assertThat(all.opening()).as("ACME-1, 2 at 500 (raised at from counts after), 3, 5, 6, 7 is lost, 8")
                .isEqualTo(new Flow.Tally(6, 0 + 500 + 300 + 80 + 60 + 20));
        assertThat(all.movement(FlowKind.KEPT).deals()).as("ACME-1, 2, 3 (won at to), 5 (unmapped move), 8").isEqualTo(5);
        assertThat(all.movement(FlowKind.CREATED).deals()).as("ACME-4, created at from").isEqualTo(1);
        assertThat(all.movement(FlowKind.REOPENED).deals()).isEqualTo(1);
        assertThat(all.movement(FlowKind.LOST)).isEqualTo(new Flow.Movement(FlowKind.LOST, 1, 60));
        assertThat(all.increased()).as("ACME-2: 500 before from, 700 before to").isEqualTo(200);
        assertThat(all.dealsWithoutAmount()).as("ACME-1").isEqualTo(1);
        Flow inJanuary = sql.flow(config.pipeline(), week, january, OwnerFilter.any());
        assertThat(inJanuary.movement(FlowKind.PULLED_IN).deals()).as("ACME-8's date moved into January at from")
                .isEqualTo(1);
        assertThat(sql.flowDeals(config.pipeline(), week, january, OwnerFilter.any(), "pulledIn", key -> true, 0, 50))
                .extracting(FlowDeal::issueKey).as("in January just before to; its push out at to comes after")
                .containsExactly("ACME-8");
        assertThat(inJanuary.movement(FlowKind.PUSHED_OUT).deals()).as("ACME-6 was lost, not pushed out").isZero();
        assertThat(sql.flowDeals(config.pipeline(), week, null, OwnerFilter.any(), "kept", key -> !key.equals("ACME-2"), 1, 2))
                .extracting(FlowDeal::issueKey).as("visible deals only, paged").containsExactly("ACME-3", "ACME-5");
    }

    @Test
    @NonTransactional
    public void pushCountsAnswerAsTheReferenceDoes() throws Exception {
        StoreFixture store = StoreFixture.clean(entityManager);
        PipelineConfig config = StoreFixture.sevenStage("ACME");
        store.pipelines.save(config);
        Instant start = StoreFixture.T0;
        Instant from = start.plusSeconds(40 * 86_400);
        Instant to = from.plusSeconds(7 * 86_400);
        List<DealRecord> deals = List.of(
                // Pushed just before from (not counted), exactly at from (counted), pulled in, pushed again.
                record(9, "2026-03-01", 10.0, List.of(new StatusChange(start, "Proposal")),
                        List.of(FieldChange.closeDate(start, null, LocalDate.parse("2026-01-05")),
                                FieldChange.closeDate(from.minusMillis(1), LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-10")),
                                FieldChange.closeDate(from, LocalDate.parse("2026-01-10"), LocalDate.parse("2026-01-15")),
                                FieldChange.closeDate(from.plusSeconds(100), LocalDate.parse("2026-01-15"), LocalDate.parse("2026-01-12")),
                                FieldChange.closeDate(from.plusSeconds(200), LocalDate.parse("2026-01-12"), LocalDate.parse("2026-03-01")))),
                // One push inside; cleared and set again (no push); a push exactly at to (not counted).
                record(12, "2026-04-01", 20.0, List.of(new StatusChange(start, "Proposal")),
                        List.of(FieldChange.closeDate(from.plusSeconds(300), LocalDate.parse("2026-01-20"), LocalDate.parse("2026-02-10")),
                                FieldChange.closeDate(from.plusSeconds(400), LocalDate.parse("2026-02-10"), null),
                                FieldChange.closeDate(from.plusSeconds(500), null, LocalDate.parse("2026-02-20")),
                                FieldChange.closeDate(to, LocalDate.parse("2026-02-20"), LocalDate.parse("2026-04-01")))),
                // Pushed out of the window without a push in the period: the date was cleared.
                record(3, null, 30.0, List.of(new StatusChange(start, "Proposal")),
                        List.of(FieldChange.closeDate(from.plusSeconds(600), LocalDate.parse("2026-01-25"), null))),
                // Stalled, with pushes of all time; a change to the same date is no push.
                record(4, "2026-06-01", 40.0, List.of(new StatusChange(start, "Prospecting")),
                        List.of(FieldChange.closeDate(start.plusSeconds(60), LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-01")),
                                FieldChange.closeDate(start.plusSeconds(120), LocalDate.parse("2026-05-01"), LocalDate.parse("2026-06-01")))));
        for (DealRecord deal : deals) {
            record(store, deal, 0, deal.changes().size());
        }
        PipelineMetrics sql = new SqlPipelineMetrics(store.sql);
        PipelineMetrics reference = ReferenceMetrics.of(config.mapping(), deals);
        Window week = new Window(from, to);
        CloseWindow january = new CloseWindow(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"));

        List<FlowDeal> pushedOut = sql.flowDeals(config.pipeline(), week, january, OwnerFilter.any(), "pushedOut",
                key -> true, 0, 50);
        assertSame(pushedOut, reference.flowDeals(config.pipeline(), week, january, OwnerFilter.any(), "pushedOut",
                key -> true, 0, 50));
        assertThat(pushedOut).extracting(FlowDeal::issueKey, FlowDeal::pushCount).as("most pushes first, then by key")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACME-9", 2),
                        org.assertj.core.groups.Tuple.tuple("ACME-12", 1), org.assertj.core.groups.Tuple.tuple("ACME-3", 0));
        assertThat(sql.flowDeals(config.pipeline(), week, january, OwnerFilter.of("bob"), "pushedOut", key -> true, 0, 50))
                .as("the owner filter").isEmpty();
        assertSame(sql.stalled(config.pipeline(), to, OwnerFilter.any(), key -> true, 10),
                reference.stalled(config.pipeline(), to, OwnerFilter.any(), key -> true, 10));
        assertThat(sql.stalled(config.pipeline(), to, OwnerFilter.any(), key -> true, 10))
                .extracting(org.salespipeline.metrics.StalledDeal::issueKey, org.salespipeline.metrics.StalledDeal::pushCount)
                .as("all time: ACME-9 pushed three times, ACME-12 twice (one at to), ACME-4 once")
                .contains(org.assertj.core.groups.Tuple.tuple("ACME-9", 3), org.assertj.core.groups.Tuple.tuple("ACME-12", 2),
                        org.assertj.core.groups.Tuple.tuple("ACME-4", 1), org.assertj.core.groups.Tuple.tuple("ACME-3", 0));
    }

    private static DealRecord record(long number, String closeDate, Double amount, List<StatusChange> changes,
            List<FieldChange> fieldChanges) {
        return new DealRecord("ACME-" + number, "Deal " + number, StoreFixture.T0, amount, "ann",
                closeDate == null ? null : LocalDate.parse(closeDate), changes, fieldChanges);
    }

    private static void record(StoreFixture store, DealRecord deal, int from, int to) {
        DealFacts facts = facts(deal);
        for (int i = from; i < to; i++) {
            store.stageLog.record("ACME", facts, LoggedChange.ofChangeGroup(deal.issueNumber() * 1000 + i, deal.changes().get(i)));
        }
        List<LoggedFieldChange> fields = new ArrayList<>();
        for (int i = 0; i < deal.fieldChanges().size(); i++) {
            fields.add(LoggedFieldChange.of(deal.issueNumber(), i, deal.fieldChanges().get(i)));
        }
        store.stageLog.recordFields("ACME", facts, fields);
    }

    private static DealFacts facts(DealRecord deal) {
        return new DealFacts(deal.issueNumber(), deal.issueKey(), deal.summary(), deal.created(), deal.amount(),
                deal.owner(), deal.expectedCloseDate());
    }

    /** Status changes one by one in shuffled order with repeats, then each deal's field changes, shuffled too. */
    private static void recordShuffled(StoreFixture store, List<DealSpec> deals, Random random) {
        List<Runnable> recordings = new ArrayList<>();
        for (DealSpec deal : deals) {
            DealChanges changes = deal.toChanges();
            for (LoggedChange change : changes.changes()) {
                recordings.add(() -> store.stageLog.record(deal.projectKey(), changes.facts(), change));
                if (random.nextInt(8) == 0) {
                    recordings.add(() -> store.stageLog.record(deal.projectKey(), changes.facts(), change));
                }
            }
        }
        Collections.shuffle(recordings, random);
        recordings.forEach(Runnable::run);
        for (DealSpec deal : deals) {
            DealChanges changes = deal.toChanges();
            List<LoggedFieldChange> fields = new ArrayList<>(changes.fieldChanges());
            Collections.shuffle(fields, random);
            store.stageLog.recordFields(deal.projectKey(), changes.facts(), fields);
            if (random.nextInt(4) == 0) {
                store.stageLog.recordFields(deal.projectKey(), changes.facts(), fields);
            }
        }
    }

    private static void compare(PipelineMetrics expected, PipelineMetrics actual, Scenario s) {
        var pipeline = s.config().pipeline();
        Flow flow = actual.flow(pipeline, s.period(), s.window(), s.owner());
        assertSame(flow, expected.flow(pipeline, s.period(), s.window(), s.owner()));
        assertThat(flow.valueGap()).as("the identity of values").isCloseTo(0, within(1e-6 * Math.max(1, flow.opening().value())));
        assertThat(flow.dealsGap()).as("the identity of deals").isZero();
        assertSame(actual.flowDeals(pipeline, s.period(), s.window(), s.owner(), s.list(), s.visibility(), s.start(), s.limit()),
                expected.flowDeals(pipeline, s.period(), s.window(), s.owner(), s.list(), s.visibility(), s.start(), s.limit()));
        // The pushed-out list, ordered by push count, and the stalled deals with theirs, for the generated revisions.
        assertSame(actual.flowDeals(pipeline, s.period(), s.window(), s.owner(), "pushedOut", s.visibility(), 0, 500),
                expected.flowDeals(pipeline, s.period(), s.window(), s.owner(), "pushedOut", s.visibility(), 0, 500));
        assertSame(actual.stalled(pipeline, s.period().to(), s.owner(), s.visibility(), 50),
                expected.stalled(pipeline, s.period().to(), s.owner(), s.visibility(), 50));
    }

    private static void assertSame(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison(RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(CLOSE_ENOUGH, Double.class).build())
                .isEqualTo(expected);
    }

    /** One generated case: the demo's deals, a period and maybe a close window, an owner, one deal list to read. */
    record Scenario(PipelineConfig config, List<DealSpec> deals, Window period, CloseWindow window, OwnerFilter owner,
            String list, DealVisibility visibility, int start, int limit, Random random) {

        static Scenario draw(Random random) {
            HistoryFile data = DealGenerator.generate(random.nextLong(), 20 + random.nextInt(30), "ACME", END);
            List<DealSpec> deals = data.deals();
            // Ends that fall exactly on a logged change half of the time.
            List<Instant> instants = new ArrayList<>();
            deals.forEach(deal -> {
                deal.history().forEach(change -> instants.add(change.at()));
                deal.fieldChanges().forEach(change -> instants.add(change.at()));
            });
            Instant from = random.nextBoolean() ? instants.get(random.nextInt(instants.size()))
                    : END.minusSeconds(86_400L * (1 + random.nextInt(400)));
            Instant to = from.plusSeconds(86_400L * (1 + random.nextInt(random.nextBoolean() ? 14 : 120)));
            if (random.nextBoolean()) {
                Instant exact = instants.get(random.nextInt(instants.size()));
                to = exact.isAfter(from) ? exact : to;
            }
            CloseWindow window = null;
            if (random.nextInt(3) > 0) {
                LocalDate start = LocalDate.ofInstant(from, java.time.ZoneOffset.UTC).minusDays(random.nextInt(60))
                        .plusDays(random.nextInt(120));
                window = new CloseWindow(start, start.plusDays(7 + random.nextInt(120)));
            }
            OwnerFilter owner = random.nextInt(3) == 0 ? OwnerFilter.of(DealGenerator.OWNERS.get(random.nextInt(3)))
                    : OwnerFilter.any();
            int hidden = random.nextInt(4);
            DealVisibility visibility = key -> hidden == 0 || Long.parseLong(key.substring(5)) % (hidden + 1) != 0;
            return new Scenario(data.pipelines().get(0).config(), deals, new Window(from, to), window, owner,
                    FlowDeal.LISTS.get(random.nextInt(FlowDeal.LISTS.size())), visibility, random.nextInt(3),
                    1 + random.nextInt(20), new Random(random.nextLong()));
        }

        @Override
        public String toString() {
            return "period " + period + ", window " + window + ", " + owner + ", list " + list + " from " + start
                    + " limit " + limit + ", " + deals.size() + " deals";
        }
    }
}
