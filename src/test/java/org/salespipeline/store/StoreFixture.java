package org.salespipeline.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.PipelineTemplate;

/** A store on an AO entity manager with empty tables, and small builders of deals and changes. */
final class StoreFixture {

    static final String ACME = "ACME";
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    final EntityManagerActiveObjects ao;
    final AoPipelineDirectory pipelines;
    final AoStageLog stageLog;
    final EntityManagerSqlReader sql;

    StoreFixture(EntityManager entityManager) {
        this(entityManager, java.sql.Connection.TRANSACTION_READ_COMMITTED);
    }

    /** A store whose stage log reads its set-ups from the given directory (the pipeline tables stay unread). */
    StoreFixture(EntityManager entityManager, org.salespipeline.configuration.PipelineDirectory directory) {
        this.ao = new EntityManagerActiveObjects(entityManager, java.sql.Connection.TRANSACTION_READ_COMMITTED);
        this.pipelines = new AoPipelineDirectory(ao);
        this.sql = new EntityManagerSqlReader(entityManager);
        this.stageLog = new AoStageLog(ao, directory, sql);
    }

    /** A store whose transactions run at the given isolation level. */
    StoreFixture(EntityManager entityManager, int isolation) {
        this.ao = new EntityManagerActiveObjects(entityManager, isolation);
        this.pipelines = new AoPipelineDirectory(ao);
        this.sql = new EntityManagerSqlReader(entityManager);
        this.stageLog = new AoStageLog(ao, pipelines, sql);
    }

    /** Creates the app's tables if needed and empties them. */
    @SuppressWarnings("unchecked")
    static StoreFixture clean(EntityManager entityManager) throws SQLException {
        List<Class<? extends RawEntity<?>>> entities = PluginDescriptor.load().aoEntities();
        entityManager.migrate(entities.toArray(new Class[0]));
        for (Class<? extends RawEntity<?>> entity : entities) {
            entityManager.deleteWithSQL((Class) entity, "ID > ?", 0);
        }
        entityManager.flushAll();
        return new StoreFixture(entityManager);
    }

    StoreFixture withSevenStageAcme() {
        pipelines.save(sevenStage(ACME));
        return this;
    }

    static PipelineConfig sevenStage(String project) {
        return PipelineConfig.fromTemplate(PipelineTemplate.byId("seven-stage"), project, project + " sales", "USD");
    }

    static DealFacts deal(long issueId) {
        return new DealFacts(issueId, ACME + "-" + issueId, "Deal " + issueId, T0, 1000.0 * issueId, "ann",
                LocalDate.of(2026, 3, 31));
    }

    static LoggedChange change(long changeGroup, long daysAfterT0, String status) {
        return LoggedChange.ofChangeGroup(changeGroup, new StatusChange(T0.plusSeconds(daysAfterT0 * 86_400), status));
    }

    static LoggedChange change(long changeGroup, long daysAfterT0, String status, String reason) {
        return LoggedChange.ofChangeGroup(changeGroup,
                new StatusChange(T0.plusSeconds(daysAfterT0 * 86_400), status, reason));
    }

    DealEntity dealRow(long issueId) {
        DealEntity[] rows = ao.find(DealEntity.class, "ISSUE_ID = ?", issueId);
        return rows.length == 0 ? null : rows[0];
    }

    int count(Class<? extends RawEntity<Integer>> entity, long issueId) {
        return ao.count(entity, "ISSUE_ID = ?", issueId);
    }
}
