package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.ForecastScenarios;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.forecast.Calibration;
import org.salespipeline.forecast.ForecastDeals;
import org.salespipeline.forecast.Forecasts;
import org.salespipeline.forecast.ReferenceWinProbabilities;
import org.salespipeline.forecast.WinProbabilitySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.LoggedFieldChange;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.FiscalCalendar.Granularity;

/**
 * The deals the forecast reads from the store are the deals recorded, each with its whole histories, in issue-key
 * order; so the forecast range and the track record from the store equal the ones from the deals in memory, for a
 * generated scenario recorded through the stage log in shuffled order with repeats, for every owner and for one.
 */
public abstract class ForecastEquivalenceContract extends StoreContract {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    @NonTransactional
    public void theForecastFromTheStoreEqualsTheOneFromTheDealsRecorded() throws Exception {
        HistoryFile data = ForecastScenarios.generate(ForecastScenarios.Scenario.SLIPPING_STAGES, 7, 120, "ACME", NOW);
        PipelineConfig config = data.pipelines().get(0).config();
        StoreFixture store = StoreFixture.clean(entityManager);
        store.pipelines.save(config);
        recordShuffled(store, data.deals(), new Random(getClass().getName().hashCode()));
        List<DealRecord> records = data.deals().stream().map(DealSpec::toRecord).toList();

        List<DealRecord> read = new ArrayList<>();
        new SqlForecastDeals(store.sql).forEach("ACME", read::add);
        assertThat(read).as("every deal with a status change, in issue-key order, with its histories")
                .usingRecursiveComparison().isEqualTo(records.stream().filter(d -> !d.changes().isEmpty()).toList());

        WinProbabilitySource probabilities = (pipeline, at) -> ReferenceWinProbabilities.of(config.mapping(), records)
                .calibration(pipeline, at, Calibration.DEFAULT_LOOKBACK_DAYS);
        Forecasts fromStore = new Forecasts(new SqlForecastDeals(store.sql), probabilities);
        Forecasts fromMemory = new Forecasts(ForecastDeals.of(records), probabilities);
        Instant from = Instant.parse("2026-04-01T00:00:00Z");
        Instant to = Instant.parse("2026-07-01T00:00:00Z");
        for (OwnerFilter owner : List.of(OwnerFilter.any(), OwnerFilter.of(records.get(0).owner()))) {
            assertThat(fromStore.range(config.pipeline(), config.mapping(), FiscalCalendar.DEFAULT, from, to,
                    Instant.parse("2026-05-10T12:34:56Z"), owner))
                    .isEqualTo(fromMemory.range(config.pipeline(), config.mapping(), FiscalCalendar.DEFAULT, from, to,
                            Instant.parse("2026-05-10T12:34:56Z"), owner));
            assertThat(fromStore.backtest(config.pipeline(), config.mapping(), FiscalCalendar.DEFAULT, Granularity.QUARTER,
                    NOW, owner)).isEqualTo(fromMemory.backtest(config.pipeline(), config.mapping(), FiscalCalendar.DEFAULT,
                    Granularity.QUARTER, NOW, owner));
        }
    }

    /** Status changes one by one in shuffled order, some twice, then each deal's field changes, shuffled too. */
    private static void recordShuffled(StoreFixture store, List<DealSpec> deals, Random random) {
        List<Runnable> recordings = new ArrayList<>();
        for (DealSpec deal : deals) {
            DealChanges changes = deal.toChanges();
            for (LoggedChange change : changes.changes()) {
                recordings.add(() -> store.stageLog.record(deal.projectKey(), changes.facts(), change));
                if (random.nextInt(10) == 0) {
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
        }
    }
}
