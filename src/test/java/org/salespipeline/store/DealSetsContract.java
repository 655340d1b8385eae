package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.history.HistoryFixtures.day;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.ReasonNames;
import org.salespipeline.metrics.DealRef;
import org.salespipeline.metrics.DealSelection;
import org.salespipeline.metrics.DealSet;
import org.salespipeline.metrics.DealVisibility;
import org.salespipeline.metrics.Forecast;
import org.salespipeline.metrics.ForecastMonth;
import org.salespipeline.metrics.FunnelReport;
import org.salespipeline.metrics.OutcomeReport;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.RandomDeals;
import org.salespipeline.metrics.ReasonCount;
import org.salespipeline.metrics.SlippedDeal;
import org.salespipeline.metrics.StageValue;
import org.salespipeline.metrics.StalledDeal;
import org.salespipeline.metrics.Window;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.testing.PropertyCheck;

/**
 * Each drill-down selection holds exactly the deals its metric counts, for random histories, windows and instants:
 * a summary row, the stalled list, each funnel bar, each outcome and reason, each forecast month and the slipped deals.
 */
public abstract class DealSetsContract extends StoreContract {

    private static final int TRIES = 12;
    private static final int NO_CAP = 100_000;
    private static final OwnerFilter ANY = OwnerFilter.any();

    @Test
    @NonTransactional
    public void everySelectionHoldsTheDealsItsMetricCounts() {
        PropertyCheck.forAll(TRIES, getClass().getName().hashCode(), Scenario::draw, scenario -> {
            try {
                StoreFixture store = StoreFixture.clean(entityManager);
                PipelineConfig config = StoreFixture.sevenStage("ACME");
                store.pipelines.save(config);
                record(store, scenario.deals());
                checkAll(new SqlPipelineMetrics(store.sql), new SqlDealSets(store.sql, ReasonNames.AS_RECORDED),
                        config.pipeline(), scenario);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    @NonTransactional
    public void aSelectionBeyondTheCapAnswersTheFirstDealsAndSaysThereAreMore() throws Exception {
        StoreFixture store = StoreFixture.clean(entityManager).withSevenStageAcme();
        for (long id = 1; id <= 3; id++) {
            store.stageLog.record("ACME", StoreFixture.deal(id), StoreFixture.change(id * 10, 0, "Proposal"));
        }
        SqlDealSets sets = new SqlDealSets(store.sql, ReasonNames.AS_RECORDED);
        Pipeline pipeline = store.pipelines.find("ACME").orElseThrow().pipeline();
        DealSelection proposal = new DealSelection.InStage("PROPOSAL", StoreFixture.T0.plusSeconds(60));

        DealSet capped = sets.select(pipeline, proposal, 2);
        assertThat(capped.deals()).extracting(DealRef::issueKey).containsExactly("ACME-1", "ACME-2");
        assertThat(capped.overCap()).isTrue();
        DealSet exactly = sets.select(pipeline, proposal, 3);
        assertThat(exactly.deals()).extracting(DealRef::issueId).containsExactly(1L, 2L, 3L);
        assertThat(exactly.overCap()).isFalse();
    }

    private static void record(StoreFixture store, List<DealRecord> deals) {
        for (DealRecord deal : deals) {
            DealFacts facts = new DealFacts(deal.issueNumber(), deal.issueKey(), deal.summary(), deal.created(),
                    deal.amount(), deal.owner(), deal.expectedCloseDate());
            for (int i = 0; i < deal.changes().size(); i++) {
                store.stageLog.record("ACME", facts, LoggedChange.ofChangeGroup(deal.issueNumber() * 1000 + i,
                        deal.changes().get(i)));
            }
        }
    }

    private static void checkAll(SqlPipelineMetrics metrics, SqlDealSets sets, Pipeline pipeline, Scenario s) {
        for (StageValue row : metrics.summary(pipeline, s.at(), ANY).stages()) {
            assertThat(keys(sets, pipeline, new DealSelection.InStage(row.stageKey(), s.at())))
                    .as("deals in %s at %s", row.stageKey(), s.at()).hasSize(row.deals());
        }
        assertThat(keys(sets, pipeline, new DealSelection.Stalled(s.at()))).as("stalled at %s", s.at())
                .isEqualTo(metrics.stalled(pipeline, s.at(), ANY, DealVisibility.everything(), NO_CAP).stream()
                        .map(StalledDeal::issueKey).collect(Collectors.toCollection(TreeSet::new)));

        FunnelReport funnel = metrics.funnel(pipeline, s.window(), ANY);
        assertThat(keys(sets, pipeline, new DealSelection.Cohort(s.window(), 0))).hasSize(funnel.cohort());
        for (int i = 0; i < funnel.steps().size(); i++) {
            assertThat(keys(sets, pipeline, new DealSelection.Cohort(s.window(), i + 1)))
                    .as("funnel bar %s of %s", funnel.steps().get(i).stage(), s.window())
                    .hasSize(funnel.steps().get(i).reached());
        }

        OutcomeReport outcomes = metrics.outcomes(pipeline, s.window(), ANY);
        assertThat(keys(sets, pipeline, outcome(Outcome.WON, s.window(), DealSelection.Reason.any()))).hasSize(outcomes.won());
        assertThat(keys(sets, pipeline, outcome(Outcome.LOST, s.window(), DealSelection.Reason.any()))).hasSize(outcomes.lost());
        assertThat(keys(sets, pipeline, outcome(Outcome.DISQUALIFIED, s.window(), DealSelection.Reason.any())))
                .hasSize(outcomes.disqualified());
        checkReasons(sets, pipeline, Outcome.LOST, s.window(), outcomes.lostReasons());
        checkReasons(sets, pipeline, Outcome.DISQUALIFIED, s.window(), outcomes.disqualifiedReasons());

        Forecast forecast = metrics.forecast(pipeline, s.closeFrom(), s.closeTo(), s.at(), ANY, DealVisibility.everything());
        for (ForecastMonth month : forecast.months()) {
            LocalDate from = later(month.month().atDay(1), s.closeFrom());
            LocalDate to = earlier(month.month().plusMonths(1).atDay(1), s.closeTo());
            assertThat(keys(sets, pipeline, new DealSelection.ClosingIn(from, to, s.at())))
                    .as("forecast %s", month.month()).hasSize(month.deals());
        }
        assertThat(keys(sets, pipeline, new DealSelection.Slipped(s.at())))
                .isEqualTo(forecast.slipped().stream().map(SlippedDeal::issueKey).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static void checkReasons(SqlDealSets sets, Pipeline pipeline, Outcome outcome, Window window,
            List<ReasonCount> reasons) {
        for (ReasonCount reason : reasons) {
            DealSelection.Reason which = reason.reason() == null ? DealSelection.Reason.none()
                    : DealSelection.Reason.of(reason.reason());
            assertThat(keys(sets, pipeline, outcome(outcome, window, which))).as("%s for %s", outcome, reason.reason())
                    .hasSize(reason.count());
        }
    }

    private static DealSelection outcome(Outcome outcome, Window window, DealSelection.Reason reason) {
        return new DealSelection.WithOutcome(outcome, window, reason);
    }

    private static Set<String> keys(SqlDealSets sets, Pipeline pipeline, DealSelection selection) {
        DealSet set = sets.select(pipeline, selection, NO_CAP);
        assertThat(set.overCap()).isFalse();
        Set<String> keys = set.deals().stream().map(DealRef::issueKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(keys).as("each deal once").hasSize(set.deals().size());
        return keys;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** One generated case: deals, the window and instant asked about, and close dates for the forecast. */
    record Scenario(List<DealRecord> deals, Window window, Instant at, LocalDate closeFrom, LocalDate closeTo) {

        static Scenario draw(Random random) {
            List<DealRecord> deals = RandomDeals.deals(random, 25).stream().filter(d -> !d.changes().isEmpty()).toList();
            double from = random.nextInt(4) == 0 ? -400 : random.nextInt(60);
            Window window = new Window(day(from), day(from + 1 + random.nextInt(random.nextBoolean() ? 30 : 400)));
            LocalDate closeFrom = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(150));
            return new Scenario(deals, window, day(random.nextDouble() * 150), closeFrom,
                    closeFrom.plusDays(1 + random.nextInt(120)));
        }
    }
}
