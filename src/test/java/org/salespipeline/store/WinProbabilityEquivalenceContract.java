package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.java.ao.test.jdbc.NonTransactional;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.forecast.ReferenceWinProbabilities;
import org.salespipeline.forecast.StageCalibration;
import org.salespipeline.forecast.WinProbabilities;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.testing.PropertyCheck;

/**
 * Win probabilities from the store equal the reference's for the demo generator's deals, recorded through the stage
 * log in shuffled order with repeats, as of random instants (often exactly at a logged change) and lookbacks; and for
 * the outcomes that differ as of T from the deal's outcome today.
 */
public abstract class WinProbabilityEquivalenceContract extends StoreContract {

    private static final int TRIES = 3;
    private static final int INSTANTS_PER_TRY = 6;
    private static final Instant END = Instant.parse("2026-06-01T00:00:00Z");
    private static final double DAY = 86_400;

    @Test
    @NonTransactional
    public void winProbabilitiesFromTheStoreEqualTheReferenceForGeneratedDeals() {
        PropertyCheck.forAll(TRIES, getClass().getName().hashCode(), random -> random.nextLong(), seed -> {
            try {
                Random random = new Random(seed);
                HistoryFile data = DealGenerator.generate(random.nextLong(), 50 + random.nextInt(40), "ACME", END);
                PipelineConfig config = data.pipelines().get(0).config();
                StoreFixture store = StoreFixture.clean(entityManager);
                store.pipelines.save(config);
                recordShuffled(store, data.deals(), random);
                WinProbabilities reference = ReferenceWinProbabilities.of(config.mapping(),
                        data.deals().stream().map(DealSpec::toRecord).toList());
                WinProbabilities sql = new SqlWinProbabilities(store.sql);
                List<Instant> logged = new ArrayList<>();
                data.deals().forEach(deal -> deal.history().forEach(change -> logged.add(change.at())));
                for (int i = 0; i < INSTANTS_PER_TRY; i++) {
                    Instant at = random.nextBoolean() ? logged.get(random.nextInt(logged.size()))
                            : END.minusSeconds((long) (DAY * random.nextInt(300)));
                    int lookback = random.nextBoolean() ? 365 : 1 + random.nextInt(400);
                    List<StageCalibration> fromStore = sql.calibration(config.pipeline(), at, lookback);
                    assertSame(fromStore, reference.calibration(config.pipeline(), at, lookback),
                            "as of " + at + ", " + lookback + " days");
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    @NonTransactional
    public void outcomesAsOfTAnswerAsTheReferenceDoes() throws Exception {
        StoreFixture store = StoreFixture.clean(entityManager);
        PipelineConfig config = StoreFixture.sevenStage("ACME");
        store.pipelines.save(config);
        Instant t = StoreFixture.T0.plusSeconds((long) (DAY * 200));
        List<DealRecord> deals = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            // Twelve closed deals of Proposal, so that its answer is learnt, not the configured one.
            deals.add(deal(i, at(10 + i, "Proposal"), at(20 + i, i % 3 == 0 ? "Disqualified" : "Closed Won")));
        }
        // Lost before T and won after it: lost as of T.
        deals.add(deal(20, at(12, "Proposal"), at(40, "Closed Lost"), at(250, "Closed Won")));
        // Disqualified before T, lost after it: disqualified as of T.
        deals.add(deal(21, at(13, "Proposal"), at(41, "Disqualified"), at(260, "Closed Lost")));
        // Disqualified, then lost before T, won after it: lost as of T, at its loss.
        deals.add(deal(22, at(14, "Proposal"), at(30, "Disqualified"), at(60, "Closed Lost"), at(270, "Closed Won")));
        // Won exactly at T: not yet won as of T; entered Proposal exactly at T: not yet entered.
        deals.add(deal(23, at(15, "Proposal"), new StatusChange(t, "Closed Won")));
        deals.add(deal(24, at(16, "Qualification"), new StatusChange(t, "Proposal"), at(201, "Closed Won")));
        // Into a status the pipeline does not map: still open.
        deals.add(deal(25, at(17, "Proposal"), at(50, "Backlog")));
        // Won, reopened and back in Proposal, then lost before T: won as of T, counted by its first entry.
        deals.add(deal(26, at(18, "Proposal"), at(45, "Closed Won"), at(70, "Proposal"), at(80, "Closed Lost")));
        for (DealRecord deal : deals) {
            DealFacts facts = new DealFacts(deal.issueNumber(), deal.issueKey(), deal.summary(), deal.created(),
                    deal.amount(), deal.owner(), null);
            for (int i = 0; i < deal.changes().size(); i++) {
                store.stageLog.record("ACME", facts,
                        LoggedChange.ofChangeGroup(deal.issueNumber() * 1000 + i, deal.changes().get(i)));
            }
        }
        WinProbabilities sql = new SqlWinProbabilities(store.sql);
        WinProbabilities reference = ReferenceWinProbabilities.of(config.mapping(), deals);
        for (int lookback : new int[] {1, 30, 365}) {
            assertSame(sql.calibration(config.pipeline(), t, lookback),
                    reference.calibration(config.pipeline(), t, lookback), lookback + " days");
        }
        StageCalibration proposal = sql.calibration(config.pipeline(), t, 365).get(4);
        assertThat(proposal.closed()).as("the twelve, deals 20, 21, 22 and 26; not 23 (won at T), 24 or 25")
                .isEqualTo(16);
        assertThat(proposal.won()).as("eight of the twelve, and deal 26").isEqualTo(9);
        assertThat(proposal.fallback()).isFalse();
    }

    private static StatusChange at(double daysAfterT0, String status) {
        return new StatusChange(StoreFixture.T0.plusSeconds((long) (DAY * daysAfterT0)), status);
    }

    private static DealRecord deal(long number, StatusChange... changes) {
        List<StatusChange> all = new ArrayList<>();
        all.add(new StatusChange(StoreFixture.T0, "Prospecting"));
        all.addAll(List.of(changes));
        return new DealRecord("ACME-" + number, "Deal " + number, StoreFixture.T0, 100.0, "ann", null, all);
    }

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
    }

    private static void assertSame(List<StageCalibration> actual, List<StageCalibration> expected, String what) {
        assertThat(actual).as(what).usingRecursiveComparison(RecursiveComparisonConfiguration.builder()
                        .withComparatorForType((Double a, Double b) -> Math.abs(a - b) <= 1e-9 ? 0 : Double.compare(a, b),
                                Double.class).build())
                .isEqualTo(expected);
    }
}
