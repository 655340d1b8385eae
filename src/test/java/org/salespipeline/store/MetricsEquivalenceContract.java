package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.history.HistoryFixtures.day;

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
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.metrics.BoardFilter;
import org.salespipeline.metrics.BoardPage;
import org.salespipeline.metrics.CloseWindow;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.metrics.DealVisibility;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.metrics.RandomDeals;
import org.salespipeline.metrics.ReferenceMetrics;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.testing.PropertyCheck;

/**
 * The database metrics equal the reference metrics for random histories with every kind of move, recorded
 * through the stage log in shuffled order with repeats, for random windows, instants, owners and visibility.
 */
public abstract class MetricsEquivalenceContract extends StoreContract {

    private static final int TRIES = 25;
    private static final Comparator<Double> CLOSE_ENOUGH = (a, b) ->
            Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b))) ? 0 : Double.compare(a, b);


    @Test
    @NonTransactional
    public void everyMetricFromTheStoreEqualsTheReference() {
        PropertyCheck.forAll(TRIES, seed(), Scenario::draw, scenario -> {
            try {
                StoreFixture store = StoreFixture.clean(entityManager);
                PipelineConfig config = StoreFixture.sevenStage("ACME");
                store.pipelines.save(config);
                recordShuffled(store, scenario);
                compare(ReferenceMetrics.of(config.mapping(), scenario.deals()),
                        new SqlPipelineMetrics(store.sql), config.pipeline(), scenario);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Each database draws its own cases, the same on every run. */
    protected long seed() {
        return getClass().getName().hashCode();
    }

    private static void recordShuffled(StoreFixture store, Scenario scenario) {
        List<Runnable> recordings = new ArrayList<>();
        for (DealRecord deal : scenario.deals()) {
            DealFacts facts = new DealFacts(deal.issueNumber(), deal.issueKey(), deal.summary(), deal.created(),
                    deal.amount(), deal.owner(), deal.expectedCloseDate());
            for (int i = 0; i < deal.changes().size(); i++) {
                LoggedChange change = LoggedChange.ofChangeGroup(deal.issueNumber() * 1000 + i, deal.changes().get(i));
                recordings.add(() -> store.stageLog.record("ACME", facts, change));
                if (scenario.random().nextInt(8) == 0) {
                    recordings.add(() -> store.stageLog.record("ACME", facts, change));
                }
            }
        }
        Collections.shuffle(recordings, scenario.random());
        recordings.forEach(Runnable::run);
    }

    private static void compare(PipelineMetrics expected, PipelineMetrics actual, Pipeline pipeline, Scenario s) {
        assertSame(actual.funnel(pipeline, s.window(), s.owner()), expected.funnel(pipeline, s.window(), s.owner()));
        assertSame(actual.closed(pipeline, s.window(), s.owner()), expected.closed(pipeline, s.window(), s.owner()));
        assertSame(actual.summary(pipeline, s.at(), s.owner()), expected.summary(pipeline, s.at(), s.owner()));
        assertSame(actual.velocity(pipeline, s.window(), s.owner()), expected.velocity(pipeline, s.window(), s.owner()));
        assertSame(actual.timeInStage(pipeline, s.window(), s.owner()),
                expected.timeInStage(pipeline, s.window(), s.owner()));
        assertSame(actual.stalled(pipeline, s.at(), s.owner(), s.visibility(), s.limit()),
                expected.stalled(pipeline, s.at(), s.owner(), s.visibility(), s.limit()));
        assertSame(actual.outcomes(pipeline, s.window(), s.owner()), expected.outcomes(pipeline, s.window(), s.owner()));
        assertSame(actual.forecast(pipeline, s.closeFrom(), s.closeTo(), s.at(), s.owner(), s.visibility()),
                expected.forecast(pipeline, s.closeFrom(), s.closeTo(), s.at(), s.owner(), s.visibility()));
        assertSame(actual.board(pipeline, s.at(), s.owner(), s.board(), s.boardStage(), s.visibility(), s.page()),
                expected.board(pipeline, s.at(), s.owner(), s.board(), s.boardStage(), s.visibility(), s.page()));
        assertThat(actual.owners(pipeline)).as("the pipeline's deal owners").isEqualTo(expected.owners(pipeline));
    }

    private static void assertSame(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison(RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(CLOSE_ENOUGH, Double.class).build())
                .isEqualTo(expected);
    }

    /** One generated case: deals, the window and instant asked about, an owner filter and what the user may see. */
    record Scenario(List<DealRecord> deals, Window window, Instant at, OwnerFilter owner, DealVisibility visibility,
            int limit, LocalDate closeFrom, LocalDate closeTo, BoardFilter board, String boardStage, BoardPage page,
            Random random) {

        /** Searches that match some generated deals, none, or would match every deal if taken as wildcards. */
        private static final List<String> SEARCHES = List.of("deal 1", "EAL 2", "acme-1", "% off", "50%", "_", "!",
                "Deal_1", "off!_x");

        static Scenario draw(Random random) {
            // Every deal in Jira has at least its creation status, which the stage log records.
            List<DealRecord> deals = RandomDeals.deals(random, 15).stream().filter(d -> !d.changes().isEmpty())
                    .map(d -> random.nextInt(5) > 0 ? d : new DealRecord(d.issueKey(), d.summary() + " 50% off!_x",
                            d.created(), d.amount(), d.owner(), d.expectedCloseDate(), d.changes(), d.fieldChanges()))
                    .toList();
            double from = random.nextInt(4) == 0 ? -400 : random.nextInt(120);
            Window window = new Window(day(from), day(from + 1 + random.nextInt(random.nextBoolean() ? 30 : 400)));
            Instant at = day(random.nextDouble() * 150);
            OwnerFilter owner = switch (random.nextInt(3)) {
                case 0 -> OwnerFilter.of("ann");
                case 1 -> OwnerFilter.of("bob");
                default -> OwnerFilter.any();
            };
            int hidden = random.nextInt(4);
            DealVisibility visibility = key -> hidden == 0 || Long.parseLong(key.substring(5)) % (hidden + 1) != 0;
            LocalDate closeFrom = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(150));
            LocalDate closeTo = closeFrom.plusDays(1 + random.nextInt(120));
            BoardFilter board = new BoardFilter(random.nextBoolean() ? null : new CloseWindow(closeFrom, closeTo),
                    random.nextBoolean() ? null : SEARCHES.get(random.nextInt(SEARCHES.size())));
            String boardStage = random.nextInt(4) > 0 ? null : List.of("PROSPECTING", "PROPOSAL", "NEGOTIATION")
                    .get(random.nextInt(3));
            return new Scenario(deals, window, at, owner, visibility, 1 + random.nextInt(8), closeFrom, closeTo,
                    board, boardStage, new BoardPage(random.nextInt(3), 1 + random.nextInt(4)),
                    new Random(random.nextLong()));
        }

        @Override
        public String toString() {
            return "window " + window + ", at " + at + ", " + owner + ", limit " + limit + ", close " + closeFrom
                    + ".." + closeTo + ", board " + board + " " + boardStage + " " + page + ", deals " + deals;
        }
    }
}
