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
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.configuration.PipelineProjects;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.FileHistorySource;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.history.HistoryRebuild;
import org.salespipeline.history.Reconciliation;
import org.salespipeline.history.ReconciliationSchedule;
import org.salespipeline.store.AoPipelineDirectory;
import org.salespipeline.store.AoRebuildProgressStore;
import org.salespipeline.store.AoStageLog;

/** Reconciliation repairs exactly the deals whose log disagrees with the change history (HSQLDB store). */
@DisplayName("Reconciliation")
class ReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private final HistoryFile data = DealGenerator.generate(31L, 60, "ACME", NOW);
    private EntityManager entityManager;
    private AoStageLog stageLog;
    private AoPipelineDirectory pipelines;

    @BeforeEach
    void loggedDeals() {
        entityManager = DemoDatabase.open("jdbc:hsqldb:mem:reconcile" + System.nanoTime() + ";hsqldb.tx=mvcc", "SA", "");
        DemoDatabase.migrate(entityManager, PluginDescriptor.load().aoEntities());
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        pipelines = new AoPipelineDirectory(ao);
        pipelines.save(data.pipelines().get(0).config());
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
                java.time.Duration.ofHours(6));

        assertThat(schedule.runOnce()).isEqualTo(1);
        assertThat(stageLog.changes(drifted.issueId())).extracting(c -> c.change().statusId())
                .containsExactlyElementsOf(drifted.history().stream().map(c -> c.statusId()).toList());
        assertThat(schedule.runOnce()).isZero();
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
                new FileHistorySource(data), () -> List.of("ACME"), name -> held, java.time.Duration.ofHours(6));

        assertThat(schedule.runOnce()).isZero();
    }
}
