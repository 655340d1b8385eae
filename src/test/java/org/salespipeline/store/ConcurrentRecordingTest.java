package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.store.StoreFixture.ACME;
import static org.salespipeline.store.StoreFixture.change;
import static org.salespipeline.store.StoreFixture.deal;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.store.db.EmbeddedPostgresJdbc;
import org.salespipeline.store.db.MariaDbServer;

/**
 * Two cluster nodes — two independent connection pools on one database — record changes of the same deal at
 * the same moment; no change is lost and none is stored twice. It holds at READ COMMITTED, the isolation Jira
 * uses, on PostgreSQL and on MariaDB as MySQL; and, because the deal's row is locked before anything is read,
 * at REPEATABLE READ on MariaDB too, where a transaction's reads otherwise see the data of its first read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrentRecordingTest {

    private static final int ROUNDS = 40;
    private EntityManager nodeA;
    private EntityManager nodeB;

    /** A fresh, empty database both nodes use: its JDBC URL, user and password. */
    abstract String[] freshDatabase() throws Exception;

    /** The isolation level of every transaction of both nodes. */
    int isolation() {
        return Connection.TRANSACTION_READ_COMMITTED;
    }

    /** On PostgreSQL at READ COMMITTED. */
    static class OnPostgresTest extends ConcurrentRecordingTest {
        @Override
        String[] freshDatabase() throws Exception {
            DataSource admin = EmbeddedPostgresJdbc.server().getPostgresDatabase();
            try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS race");
                statement.execute("CREATE DATABASE race");
            }
            return new String[] {EmbeddedPostgresJdbc.server().getJdbcUrl("postgres", "race"), "postgres", "postgres"};
        }
    }

    /** On MariaDB as MySQL, at READ COMMITTED. */
    static class OnMariaDbTest extends ConcurrentRecordingTest {
        @Override
        String[] freshDatabase() {
            return mariaDb("race_read_committed");
        }
    }

    /** On MariaDB as MySQL, at REPEATABLE READ (InnoDB's own default). */
    static class OnMariaDbRepeatableReadTest extends ConcurrentRecordingTest {
        @Override
        String[] freshDatabase() {
            return mariaDb("race_repeatable_read");
        }

        @Override
        int isolation() {
            return Connection.TRANSACTION_REPEATABLE_READ;
        }
    }

    static String[] mariaDb(String database) {
        MariaDbServer server = MariaDbServer.get();
        server.recreateDatabase(database);
        return new String[] {server.jdbcUrl(database), server.user(), server.password()};
    }

    @BeforeAll
    void twoNodes() throws Exception {
        String[] database = freshDatabase();
        nodeA = DemoDatabase.open(database[0], database[1], database[2]);
        nodeB = DemoDatabase.open(database[0], database[1], database[2]);
        StoreFixture.clean(nodeA).withSevenStageAcme();
    }

    @AfterAll
    void stopNodes() {
        if (nodeA != null) {
            nodeA.getProvider().dispose();
            nodeB.getProvider().dispose();
        }
    }

    @Test
    @DisplayName("two nodes recording different changes of one new deal at once both land, and the state has both")
    void differentChangesOfNewDealBothLand() throws Exception {
        StoreFixture a = new StoreFixture(nodeA, isolation());
        StoreFixture b = new StoreFixture(nodeB, isolation());
        for (int round = 1; round <= ROUNDS; round++) {
            long issueId = 1000 + round;
            LoggedChange created = change(issueId * 10, 0, "Prospecting");
            LoggedChange moved = change(issueId * 10 + 1, 3, "Proposal");

            race(() -> a.stageLog.record(ACME, deal(issueId), created), () -> b.stageLog.record(ACME, deal(issueId), moved));

            assertThat(a.stageLog.changes(issueId)).as("round %d", round).containsExactly(created, moved);
            assertThat(a.dealRow(issueId).getStageKey()).as("round %d", round).isEqualTo("PROPOSAL");
            assertThat(a.count(StayEntity.class, issueId)).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("two nodes recording different changes of a logged deal at once both land, and the state has both")
    void differentChangesOfLoggedDealBothLand() throws Exception {
        StoreFixture a = new StoreFixture(nodeA, isolation());
        StoreFixture b = new StoreFixture(nodeB, isolation());
        for (int round = 1; round <= ROUNDS; round++) {
            long issueId = 3000 + round;
            a.stageLog.record(ACME, deal(issueId), change(issueId * 10, 0, "Prospecting"));
            // Whichever recorder missed the other's change would leave a wrong stage or a wrong furthest position.
            LoggedChange proposed = change(issueId * 10 + 1, 3, "Proposal");
            LoggedChange backToQualification = change(issueId * 10 + 2, 5, "Qualification");

            race(() -> a.stageLog.record(ACME, deal(issueId), backToQualification),
                    () -> b.stageLog.record(ACME, deal(issueId), proposed));

            assertThat(a.stageLog.changes(issueId)).as("round %d", round).hasSize(3);
            DealEntity row = a.dealRow(issueId);
            assertThat(row.getStageKey()).as("round %d", round).isEqualTo("QUALIFICATION");
            assertThat(row.getFurthest()).as("round %d", round).isEqualTo(5);
            assertThat(a.count(StayEntity.class, issueId)).as("round %d", round).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("two nodes recording the same change of one deal at once store it once")
    void sameChangeStoredOnce() throws Exception {
        StoreFixture a = new StoreFixture(nodeA, isolation());
        StoreFixture b = new StoreFixture(nodeB, isolation());
        for (int round = 1; round <= ROUNDS; round++) {
            long issueId = 5000 + round;
            LoggedChange created = change(issueId * 10, 0, "Qualification");

            race(() -> a.stageLog.record(ACME, deal(issueId), created), () -> b.stageLog.record(ACME, deal(issueId), created));

            assertThat(a.count(TransitionEntity.class, issueId)).as("round %d", round).isEqualTo(1);
            assertThat(a.count(StayEntity.class, issueId)).isEqualTo(1);
            assertThat(a.ao.count(DealEntity.class, "ISSUE_ID = ?", issueId)).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("two nodes ticking items of one checklist at the same version: exactly one tick lands")
    void concurrentTicksOnOneVersion() throws Exception {
        StoreFixture a = new StoreFixture(nodeA, isolation());
        StoreFixture b = new StoreFixture(nodeB, isolation());
        var config = a.pipelines.find(ACME).orElseThrow();
        AoChecklistStore checklistsA = new AoChecklistStore(a.ao, a.sql);
        AoChecklistStore checklistsB = new AoChecklistStore(b.ao, b.sql);
        java.time.Instant at = java.time.Instant.parse("2026-02-01T10:00:00Z");
        for (int round = 1; round <= ROUNDS; round++) {
            long issueId = 7000 + round;
            a.stageLog.record(ACME, deal(issueId), change(issueId * 10, 0, "Negotiation"));
            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            Runnable tickPricing = () -> tryMark(() -> checklistsA.mark(config.pipeline(), config.checklists(), issueId, 6,
                    "NEGOTIATION", "pricing-agreed", new org.salespipeline.checklist.ItemMark(true, "rep", at), 0), refused);
            Runnable tickLegal = () -> tryMark(() -> checklistsB.mark(config.pipeline(), config.checklists(), issueId, 6,
                    "NEGOTIATION", "legal-review-done", new org.salespipeline.checklist.ItemMark(true, "admin", at), 0), refused);

            race(tickPricing, tickLegal);

            var negotiation = checklistsA.load(config.pipeline(), config.checklists(), issueId, 6).checklist("NEGOTIATION").orElseThrow();
            assertThat(refused.get()).as("round %d", round).isEqualTo(1);
            assertThat(negotiation.version()).isEqualTo(1);
            assertThat(negotiation.isTicked("pricing-agreed") ^ negotiation.isTicked("legal-review-done")).isTrue();
        }
    }

    private static void tryMark(Runnable mark, java.util.concurrent.atomic.AtomicInteger refused) {
        try {
            mark.run();
        } catch (org.salespipeline.checklist.StaleChecklistVersionException stale) {
            refused.incrementAndGet();
        }
    }

    private static void race(Runnable first, Runnable second) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = pool.invokeAll(List.of(
                    () -> { barrier.await(); first.run(); return null; },
                    () -> { barrier.await(); second.run(); return null; }), 30, TimeUnit.SECONDS);
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
