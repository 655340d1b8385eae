package org.salespipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.configuration.PipelineProjects;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.FileHistorySource;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.HistoryRebuild;
import org.salespipeline.history.Reconciliation;
import org.salespipeline.history.ReconciliationRun;
import org.salespipeline.history.ReconciliationSchedule;
import org.salespipeline.store.AoPipelineDirectory;
import org.salespipeline.store.AoRebuildProgressStore;
import org.salespipeline.store.AoReconciliationRecord;
import org.salespipeline.store.AoStageLog;

/** Reconciliation repairs exactly the deals whose log disagrees with the change history (HSQLDB store). */
@DisplayName("Reconciliation")
class ReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private final HistoryFile data = DealGenerator.generate(31L, 60, "ACME", NOW);
    private EntityManager entityManager;
    private AoStageLog stageLog;
    private AoPipelineDirectory pipelines;
    private AoReconciliationRecord record;

    @BeforeEach
    void loggedDeals() {
        entityManager = DemoDatabase.open("jdbc:hsqldb:mem:reconcile" + System.nanoTime() + ";hsqldb.tx=mvcc", "SA", "");
        DemoDatabase.migrate(entityManager, PluginDescriptor.load().aoEntities());
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        pipelines = new AoPipelineDirectory(ao);
        pipelines.save(data.pipelines().get(0).config());
        record = new AoReconciliationRecord(ao);
        stageLog = new AoStageLog(ao, pipelines, new EntityManagerSqlReader(entityManager));
        new HistoryRebuild(stageLog, new AoRebuildProgressStore(ao), Clock.fixed(NOW, ZoneOffset.UTC))
                .run("ACME", new FileHistorySource(data));
    }

    @AfterEach
    void close() {
        DemoDatabase.close(entityManager);
    }

    @Test
    @DisplayName("a deal that lost its last logged change is repaired, the others are left alone, and a second run finds nothing")
    void repairsDrift() {
        DealSpec drifted = data.deals().stream().filter(d -> d.history().size() > 2).findFirst().orElseThrow();
        var full = drifted.toChanges();
        stageLog.replace("ACME", full.facts(), full.changes().subList(0, full.changes().size() - 1));

        ReconciliationSchedule schedule = new ReconciliationSchedule(new Reconciliation(stageLog),
                new FileHistorySource(data), new PipelineProjects(pipelines), name -> new ReentrantLock(),
                java.time.Duration.ofHours(6), record, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(schedule.runOnce()).isEqualTo(1);
        assertThat(stageLog.changes(drifted.issueId())).extracting(c -> c.change().statusId())
                .containsExactlyElementsOf(drifted.history().stream().map(c -> c.statusId()).toList());
        assertThat(schedule.runOnce()).isZero();
        assertThat(record.last()).contains(new ReconciliationRun(NOW, 60, 0, null));
    }

    @Test
    @DisplayName("a deal whose logged field history lost a change is repaired from the source")
    void repairsFieldHistory() {
        DealSpec drifted = data.deals().stream().filter(d -> d.fieldChanges().size() > 1).findFirst().orElseThrow();
        var full = drifted.toChanges();
        stageLog.replace("ACME", new org.salespipeline.history.DealChanges(full.facts(), full.changes(),
                full.fieldChanges().subList(1, full.fieldChanges().size())));

        Reconciliation.Tally tally = new Reconciliation(stageLog).run("ACME", new FileHistorySource(data));

        assertThat(tally).isEqualTo(new Reconciliation.Tally(60, 1));
        assertThat(stageLog.fieldChanges(drifted.issueId())).extracting(c -> c.change())
                .containsExactlyInAnyOrderElementsOf(drifted.fieldChanges());
    }

    @Test
    @DisplayName("a history source missing a Jira method fails the run, keeps its error for the system check, and the schedule runs again")
    void missingMethodNeverStopsTheSchedule() throws Exception {
        ChangeHistorySource broken = new ChangeHistorySource() {
            @Override
            public int count(String projectKey) {
                return 0;
            }

            @Override
            public void deals(String projectKey, long afterIssueId, java.util.function.Predicate<DealChanges> consumer) {
                throw new NoSuchMethodError("'java.util.List ChangeHistoryManager.getChangeItemsForField(Issue, String)'");
            }
        };
        ReconciliationSchedule schedule = new ReconciliationSchedule(new Reconciliation(stageLog), broken,
                new PipelineProjects(pipelines), name -> new ReentrantLock(), java.time.Duration.ofMillis(50), record,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(schedule.runOnce()).isZero();
        assertThat(record.last()).hasValueSatisfying(run -> {
            assertThat(run.checked()).isZero();
            assertThat(run.error()).contains("ACME").contains("NoSuchMethodError").contains("getChangeItemsForField");
        });

        // Scheduled, it keeps its rhythm: the record is rewritten run after run.
        record.save(new ReconciliationRun(NOW.minusSeconds(60), 0, 0, "before"));
        schedule.start();
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (record.last().map(ReconciliationRun::error).orElse("").equals("before")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            record.save(new ReconciliationRun(NOW.minusSeconds(60), 0, 0, "again"));
            while (record.last().map(ReconciliationRun::error).orElse("").equals("again")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            schedule.stop();
        }
        assertThat(record.last().orElseThrow().error()).contains("NoSuchMethodError");
    }

    @Test
    @DisplayName("a project another node is reconciling is skipped")
    void skipsLockedProject() {
        ReentrantLock held = new ReentrantLock();
        Thread otherNode = new Thread(held::lock);
        otherNode.start();
        try {
            otherNode.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ReconciliationSchedule schedule = new ReconciliationSchedule(new Reconciliation(stageLog),
                new FileHistorySource(data), () -> List.of("ACME"), name -> held, java.time.Duration.ofHours(6), record,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(schedule.runOnce()).isZero();
    }
}
