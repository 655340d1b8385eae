package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.FileHistorySource;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.HistoryRebuild;
import org.salespipeline.history.RebuildProgress;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.ReferenceMetrics;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;

/** Rebuilding a project's stage log from a change-history source, on each database by a subclass. */
public abstract class HistoryRebuildContract extends StoreContract {

    private static final Instant END = Instant.parse("2026-06-01T00:00:00Z");
    private static final Window ALL_TIME = new Window(Instant.parse("2020-01-01T00:00:00Z"), END);
    private static final HistoryFile DATA = DealGenerator.generate(77L, 150, "ACME", END);

    private StoreFixture store;
    private AoRebuildProgressStore progress;
    private HistoryRebuild rebuild;

    @Before
    public void emptyStore() throws Exception {
        store = StoreFixture.clean(entityManager);
        store.pipelines.save(DATA.pipelines().get(0).config());
        progress = new AoRebuildProgressStore(store.ao);
        rebuild = new HistoryRebuild(store.stageLog, progress, Clock.fixed(END, ZoneOffset.UTC));
    }

    @Test
    @NonTransactional
    public void givenHistory_whenRebuilt_thenEveryMetricMatchesTheReferenceAndProgressIsComplete() {
        RebuildProgress done = rebuild.run("ACME", new FileHistorySource(DATA));

        assertThat(done.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(done.done()).isEqualTo(150).isEqualTo(done.total());
        assertThat(progress.find("ACME")).contains(done);
        assertMatchesReference(DATA.pipelines().get(0).config());
    }

    @Test
    @NonTransactional
    public void givenRebuiltLog_whenRebuiltAgain_thenTheLogIsTheSame() {
        rebuild.run("ACME", new FileHistorySource(DATA));
        int transitions = store.ao.count(TransitionEntity.class);
        int stays = store.ao.count(StayEntity.class);
        int fieldChanges = store.ao.count(FieldChangeEntity.class);

        rebuild.run("ACME", new FileHistorySource(DATA));

        assertThat(store.ao.count(TransitionEntity.class)).isEqualTo(transitions);
        assertThat(store.ao.count(StayEntity.class)).isEqualTo(stays);
        assertThat(fieldChanges).as("every field change of the history")
                .isEqualTo(DATA.deals().stream().mapToInt(deal -> deal.fieldChanges().size()).sum()).isPositive();
        assertThat(store.ao.count(FieldChangeEntity.class)).isEqualTo(fieldChanges);
        for (org.salespipeline.demo.data.DealSpec deal : DATA.deals().subList(0, 20)) {
            assertThat(store.stageLog.fieldChanges(deal.issueId()))
                    .extracting(org.salespipeline.history.LoggedFieldChange::change)
                    .containsExactlyInAnyOrderElementsOf(deal.fieldChanges());
        }
        assertThat(store.ao.count(DealEntity.class)).isEqualTo(150);
    }

    @Test
    @NonTransactional
    public void givenRebuildThatFailedHalfway_whenRunAgain_thenItResumesAndEndsComplete() {
        FileHistorySource source = new FileHistorySource(DATA);
        assertThatThrownBy(() -> rebuild.run("ACME", failingAfter(source, 60)))
                .hasMessageContaining("source went away");
        RebuildProgress failed = progress.find("ACME").orElseThrow();
        assertThat(failed.state()).isEqualTo(RebuildProgress.State.FAILED);
        assertThat(failed.message()).contains("source went away");

        AtomicInteger delivered = new AtomicInteger();
        RebuildProgress done = rebuild.run("ACME", counting(source, delivered));

        assertThat(done.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(done.done()).isEqualTo(150);
        assertThat(delivered.get()).as("deals read again on resume").isLessThan(150 - 60 + 50);
        assertMatchesReference(DATA.pipelines().get(0).config());
    }

    @Test
    @NonTransactional
    public void givenLoggedDeals_whenRebuiltFromChangedHistories_thenFiguresReadBetweenBatchesCountEveryDealWhole() {
        rebuild.run("ACME", new FileHistorySource(DATA));
        PipelineConfig config = DATA.pipelines().get(0).config();
        List<DealSpec> before = DATA.deals().stream().sorted(Comparator.comparingLong(DealSpec::issueId)).toList();
        List<DealSpec> after = before.stream().map(HistoryRebuildContract::withoutLastChange).toList();
        HistoryFile changed = new HistoryFile(DATA.pipelines(), after);
        AtomicInteger delivered = new AtomicInteger();
        List<Integer> checkedAfter = new ArrayList<>();

        rebuild.run("ACME", intercepting(new FileHistorySource(changed), consumer -> deal -> {
            int rebuilt = delivered.getAndIncrement();
            // Each batch of 50 is written as its last deal is delivered, so here the first `rebuilt` deals are new.
            if (rebuilt > 0 && rebuilt % 50 == 0) {
                List<DealSpec> mixed = new ArrayList<>(after.subList(0, rebuilt));
                mixed.addAll(before.subList(rebuilt, before.size()));
                assertMatchesReference(config, mixed);
                checkedAfter.add(rebuilt);
            }
            return consumer.test(deal);
        }));

        assertThat(checkedAfter).containsExactly(50, 100);
        assertMatchesReference(config, after);
    }

    @Test
    @NonTransactional
    public void givenLoggedDeals_whenSomeAreGoneFromTheSource_thenTheRebuildForgetsThemAndKeepsTheRest() {
        rebuild.run("ACME", new FileHistorySource(DATA));
        List<DealSpec> sorted = DATA.deals().stream().sorted(Comparator.comparingLong(DealSpec::issueId)).toList();
        List<DealSpec> kept = new ArrayList<>(sorted);
        kept.remove(149);
        kept.remove(75);
        kept.remove(0);

        RebuildProgress done = rebuild.run("ACME", new FileHistorySource(new HistoryFile(DATA.pipelines(), kept)));

        assertThat(done.done()).isEqualTo(147);
        assertThat(store.ao.count(DealEntity.class)).isEqualTo(147);
        assertMatchesReference(DATA.pipelines().get(0).config(), kept);
    }

    private static DealSpec withoutLastChange(DealSpec deal) {
        List<StatusChange> history = deal.history().size() > 1 ? deal.history().subList(0, deal.history().size() - 1)
                : deal.history();
        return new DealSpec(deal.issueId(), deal.key(), deal.summary(), deal.created(), deal.amount(), deal.owner(),
                deal.closeDate(), history);
    }

    @Test
    @NonTransactional
    public void givenLoggedDeals_whenTheMappingChanges_thenDerivedRowsFollowTheNewMapping() {
        rebuild.run("ACME", new FileHistorySource(DATA));
        PipelineConfig original = DATA.pipelines().get(0).config();
        // "Initial Contact" now counts as qualification, and "Needs Assessment" is no longer mapped.
        List<MappedStatus> lines = original.mapping().lines().stream()
                .filter(line -> !line.statusId().equals("Needs Assessment"))
                .map(line -> line.statusId().equals("Initial Contact")
                        ? new MappedStatus("Initial Contact", StageRef.stage("QUALIFICATION")) : line)
                .toList();
        PipelineConfig remapped = new PipelineConfig(original.pipeline(), new StatusMapping(lines), original.policy(),
                original.checklists());
        store.pipelines.save(remapped);

        assertThat(store.stageLog.rederive("ACME")).isEqualTo(150);

        assertMatchesReference(remapped);
    }

    private void assertMatchesReference(PipelineConfig config) {
        assertMatchesReference(config, DATA.deals());
    }

    private void assertMatchesReference(PipelineConfig config, List<DealSpec> deals) {
        ReferenceMetrics reference = ReferenceMetrics.of(config.mapping(), deals.stream().map(DealSpec::toRecord).toList());
        SqlPipelineMetrics metrics = new SqlPipelineMetrics(store.sql);
        assertThat(metrics.funnel(config.pipeline(), ALL_TIME, OwnerFilter.any()))
                .isEqualTo(reference.funnel(config.pipeline(), ALL_TIME, OwnerFilter.any()));
        // Days are sums of fractions, which SQL and the reference may add up in another order.
        assertThat(metrics.outcomes(config.pipeline(), ALL_TIME, OwnerFilter.any())).usingRecursiveComparison()
                .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
                .isEqualTo(reference.outcomes(config.pipeline(), ALL_TIME, OwnerFilter.any()));
        assertThat(metrics.timeInStage(config.pipeline(), ALL_TIME, OwnerFilter.any()).stages())
                .extracting(s -> s.stays())
                .isEqualTo(reference.timeInStage(config.pipeline(), ALL_TIME, OwnerFilter.any()).stages().stream()
                        .map(s -> s.stays()).toList());
        assertThat(metrics.summary(config.pipeline(), END, OwnerFilter.any()).totalDeals())
                .isEqualTo(reference.summary(config.pipeline(), END, OwnerFilter.any()).totalDeals());
    }

    private static ChangeHistorySource failingAfter(ChangeHistorySource source, int deals) {
        AtomicInteger seen = new AtomicInteger();
        return intercepting(source, consumer -> deal -> {
            if (seen.incrementAndGet() > deals) {
                throw new IllegalStateException("The change-history source went away");
            }
            return consumer.test(deal);
        });
    }

    private static ChangeHistorySource counting(ChangeHistorySource source, AtomicInteger delivered) {
        return intercepting(source, consumer -> deal -> {
            delivered.incrementAndGet();
            return consumer.test(deal);
        });
    }

    /** The source, with every delivery passing through a wrapper around the rebuild's consumer. */
    private static ChangeHistorySource intercepting(ChangeHistorySource source,
            UnaryOperator<Predicate<DealChanges>> wrapper) {
        return new ChangeHistorySource() {
            @Override
            public int count(String projectKey) {
                return source.count(projectKey);
            }

            @Override
            public void deals(String projectKey, long afterIssueId, Predicate<DealChanges> consumer) {
                source.deals(projectKey, afterIssueId, wrapper.apply(consumer));
            }
        };
    }
}
