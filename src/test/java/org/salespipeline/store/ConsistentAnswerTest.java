package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.store.StoreFixture.ACME;
import static org.salespipeline.store.StoreFixture.T0;
import static org.salespipeline.store.StoreFixture.change;
import static org.salespipeline.store.StoreFixture.deal;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.StageTime;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.store.db.EmbeddedPostgresJdbc;

/**
 * An exact median stays exact when a change is recorded between the statement that counts the stays and the
 * one that reads their middle: the answer is the count, mean and median of one and the same set of stays.
 */
class ConsistentAnswerTest {

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("HSQLDB", (DatabaseOpener) () -> DemoDatabase.open(
                        "jdbc:hsqldb:mem:consistent" + System.nanoTime() + ";hsqldb.tx=mvcc", "SA", "")),
                Arguments.of("PostgreSQL", (DatabaseOpener) () -> {
                    try (Connection admin = EmbeddedPostgresJdbc.server().getPostgresDatabase().getConnection();
                            Statement statement = admin.createStatement()) {
                        statement.execute("DROP DATABASE IF EXISTS consistent");
                        statement.execute("CREATE DATABASE consistent");
                    }
                    return DemoDatabase.open(EmbeddedPostgresJdbc.server().getJdbcUrl("postgres", "consistent"),
                            "postgres", "postgres");
                }));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("a stay recorded while time in stage is read counts in its count, its mean and its median, or in none")
    void stayRecordedMidAnswer(String database, DatabaseOpener opener) throws Exception {
        EntityManager entityManager = opener.open();
        try {
            StoreFixture store = StoreFixture.clean(entityManager).withSevenStageAcme();
            for (long issueId = 1; issueId <= 3; issueId++) {
                store.stageLog.record(ACME, deal(issueId), change(issueId * 10, 0, "Prospecting"));
                store.stageLog.record(ACME, deal(issueId), change(issueId * 10 + 1, issueId, "Qualification"));
            }
            AtomicBoolean recorded = new AtomicBoolean();
            SqlReader changingMeanwhile = new SqlReader() {
                @Override
                public <T> T read(SqlWork<T> work) {
                    return store.sql.read(session -> work.run(session.observedBy(sql -> {
                        // Just before the first middle-row read: a fourth deal leaves Prospecting after ten days.
                        if (sql.toString().contains("LEFT JOIN") && recorded.compareAndSet(false, true)) {
                            store.stageLog.record(ACME, deal(4), change(40, 0, "Prospecting"));
                            store.stageLog.record(ACME, deal(4), change(41, 10, "Qualification"));
                        }
                    })));
                }

                @Override
                public SqlDialect dialect() {
                    return store.sql.dialect();
                }
            };
            Pipeline pipeline = store.pipelines.find(ACME).orElseThrow().pipeline();
            Window window = new Window(T0, T0.plusSeconds(30 * 86_400L));

            StageTime prospecting = new SqlPipelineMetrics(changingMeanwhile)
                    .timeInStage(pipeline, window, OwnerFilter.any()).stages().get(0);

            assertThat(recorded).isTrue();
            assertThat(prospecting.stageKey()).isEqualTo("PROSPECTING");
            // Stays of 1, 2, 3 and 10 days: all four, or (had the change come later) the first three.
            assertThat(prospecting.stays()).isEqualTo(4);
            assertThat(prospecting.meanDays()).isEqualTo(4.0);
            assertThat(prospecting.medianDays()).isEqualTo(2.5);
        } finally {
            DemoDatabase.close(entityManager);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("a window found to hold every stay is checked again by each stage's read: a stay ending after it meanwhile stays out")
    void stayEndingAfterAWholeWindowMidAnswer(String database, DatabaseOpener opener) throws Exception {
        EntityManager entityManager = opener.open();
        try {
            StoreFixture store = StoreFixture.clean(entityManager).withSevenStageAcme();
            for (long issueId = 1; issueId <= 3; issueId++) {
                store.stageLog.record(ACME, deal(issueId), change(issueId * 10, 0, "Prospecting"));
                store.stageLog.record(ACME, deal(issueId), change(issueId * 10 + 1, issueId, "Qualification"));
            }
            AtomicBoolean recorded = new AtomicBoolean();
            List<String> statements = new ArrayList<>();
            SqlReader changingMeanwhile = new SqlReader() {
                @Override
                public <T> T read(SqlWork<T> work) {
                    return store.sql.read(session -> work.run(session.observedBy(sql -> {
                        statements.add(sql.toString());
                        // Just before the first middle-row read: a fourth deal leaves Prospecting after 40 days, past
                        // the window's end, so the window no longer holds every stay.
                        if (sql.toString().contains("LEFT JOIN") && recorded.compareAndSet(false, true)) {
                            store.stageLog.record(ACME, deal(4), change(40, 0, "Prospecting"));
                            store.stageLog.record(ACME, deal(4), change(41, 40, "Qualification"));
                        }
                    })));
                }

                @Override
                public SqlDialect dialect() {
                    return store.sql.dialect();
                }
            };
            Pipeline pipeline = store.pipelines.find(ACME).orElseThrow().pipeline();
            Window window = new Window(T0, T0.plusSeconds(30 * 86_400L));

            StageTime prospecting = new SqlPipelineMetrics(changingMeanwhile)
                    .timeInStage(pipeline, window, OwnerFilter.any()).stages().get(0);

            assertThat(recorded).isTrue();
            assertThat(statements.stream().filter(sql -> sql.contains("LEFT JOIN")).findFirst().orElseThrow())
                    .as("the first stage's read, without the window and checking it").contains("IS NOT NULL")
                    .contains("CROSS JOIN");
            assertThat(prospecting.stays()).isEqualTo(3);
            assertThat(prospecting.meanDays()).isEqualTo(2.0);
            assertThat(prospecting.medianDays()).isEqualTo(2.0);
        } finally {
            DemoDatabase.close(entityManager);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    @DisplayName("while stays keep ending before every read of the middle rows, the median is read from every stay at once and stays exact")
    void staysEndingBeforeEveryRead(String database, DatabaseOpener opener) throws Exception {
        EntityManager entityManager = opener.open();
        try {
            StoreFixture store = StoreFixture.clean(entityManager).withSevenStageAcme();
            for (long issueId = 1; issueId <= 3; issueId++) {
                store.stageLog.record(ACME, deal(issueId), change(issueId * 10, 0, "Prospecting"));
                store.stageLog.record(ACME, deal(issueId), change(issueId * 10 + 1, issueId, "Qualification"));
            }
            AtomicInteger recorded = new AtomicInteger();
            SqlReader changingMeanwhile = new SqlReader() {
                @Override
                public <T> T read(SqlWork<T> work) {
                    return store.sql.read(session -> work.run(session.observedBy(sql -> {
                        // Before every read of the rows of a median, up to twenty: one more deal leaves Prospecting
                        // after ten days, so the count each read was chosen for is never the count it finds.
                        if (sql.toString().contains("LEFT JOIN") && recorded.get() < 20) {
                            long issueId = 4 + recorded.getAndIncrement();
                            store.stageLog.record(ACME, deal(issueId), change(issueId * 10, 0, "Prospecting"));
                            store.stageLog.record(ACME, deal(issueId), change(issueId * 10 + 1, 10, "Qualification"));
                        }
                    })));
                }

                @Override
                public SqlDialect dialect() {
                    return store.sql.dialect();
                }
            };
            Pipeline pipeline = store.pipelines.find(ACME).orElseThrow().pipeline();
            Window window = new Window(T0, T0.plusSeconds(30 * 86_400L));

            StageTime prospecting = new SqlPipelineMetrics(changingMeanwhile)
                    .timeInStage(pipeline, window, OwnerFilter.any()).stages().get(0);

            int tenDayStays = recorded.get();
            assertThat(tenDayStays).as("a change before each read of the middle rows and before the read of every stay")
                    .isBetween(6, 19);
            // Stays of 1, 2 and 3 days and the ten-day stays recorded before the last read: all of them, exactly.
            assertThat(prospecting.stays()).isEqualTo(3 + tenDayStays);
            assertThat(prospecting.meanDays()).isCloseTo((6.0 + 10.0 * tenDayStays) / (3 + tenDayStays),
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(prospecting.medianDays()).isEqualTo(10.0);
        } finally {
            DemoDatabase.close(entityManager);
        }
    }

    /** Opens a fresh database. */
    @FunctionalInterface
    interface DatabaseOpener {
        EntityManager open() throws Exception;
    }
}
