package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.store.StoreFixture.ACME;
import static org.salespipeline.store.StoreFixture.T0;
import static org.salespipeline.store.StoreFixture.change;
import static org.salespipeline.store.StoreFixture.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.metrics.BoardFilter;
import org.salespipeline.metrics.BoardPage;
import org.salespipeline.metrics.CloseWindow;
import org.salespipeline.metrics.DealSelection;
import org.salespipeline.metrics.DealVisibility;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.store.SqlDialect.Product;

/**
 * Every statement the store writes itself, rendered for each database Jira supports and checked against that
 * database's rules, including those we cannot run a server of here (SQL Server, Oracle, MySQL proper). The
 * statements are the ones the store really sends: every metric is asked on a small logged pipeline, with and
 * without an owner, and each statement sent is kept.
 */
class StatementTextTest {

    private static final String SCHEMA = "jiraschema";
    private static final List<Sql> ISSUED = new ArrayList<>();
    private static EntityManager entityManager;

    @BeforeAll
    static void issueEveryStatement() throws Exception {
        entityManager = DemoDatabase.open("jdbc:hsqldb:mem:statements" + System.nanoTime() + ";hsqldb.tx=mvcc", "SA", "");
        StoreFixture store = StoreFixture.clean(entityManager).withSevenStageAcme();
        store.stageLog.record(ACME, deal(1), change(10, 0, "Prospecting"));
        store.stageLog.record(ACME, deal(1), change(11, 2, "Qualification"));
        store.stageLog.record(ACME, deal(1), change(12, 9, "Closed Won"));
        store.stageLog.record(ACME, deal(2), change(20, 0, "Prospecting"));
        store.stageLog.record(ACME, deal(2), change(21, 1, "Disqualified", "No budget"));
        store.stageLog.record(ACME, deal(3), change(30, 0, "Qualification"));
        store.stageLog.record(ACME, deal(3), change(31, 4, "Closed Lost", "Price"));
        store.stageLog.record(ACME, deal(4), change(40, 0, "Proposal"));

        SqlReader recording = new SqlReader() {
            @Override
            public <T> T read(SqlWork<T> work) {
                return store.sql.read(session -> work.run(session.observedBy(ISSUED::add)));
            }

            @Override
            public SqlDialect dialect() {
                return store.sql.dialect();
            }
        };
        PipelineMetrics metrics = new SqlPipelineMetrics(recording);
        Pipeline pipeline = store.pipelines.find(ACME).orElseThrow().pipeline();
        Window window = new Window(T0.minusSeconds(86_400), T0.plusSeconds(400 * 86_400L));
        for (OwnerFilter owner : List.of(OwnerFilter.any(), OwnerFilter.of("ann"))) {
            metrics.funnel(pipeline, window, owner);
            metrics.closed(pipeline, window, owner);
            metrics.summary(pipeline, window.to(), owner);
            metrics.velocity(pipeline, window, owner);
            metrics.timeInStage(pipeline, window, owner);
            metrics.stalled(pipeline, window.to(), owner, DealVisibility.everything(), 10);
            metrics.outcomes(pipeline, window, owner);
            metrics.forecast(pipeline, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), window.to(), owner,
                    DealVisibility.everything());
            metrics.board(pipeline, window.to(), owner, BoardFilter.none(), null, DealVisibility.everything(),
                    BoardPage.first());
            metrics.board(pipeline, window.to(), owner, new BoardFilter(new CloseWindow(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 4, 1)), "50%_off!"), "PROPOSAL", DealVisibility.everything(), BoardPage.first());
        }
        SqlDealSets dealSets = new SqlDealSets(recording, org.salespipeline.history.ReasonNames.AS_RECORDED);
        for (DealSelection selection : List.of(new DealSelection.InStage("PROPOSAL", window.to()),
                new DealSelection.Stalled(window.to()), new DealSelection.Cohort(window, 2),
                new DealSelection.WithOutcome(Outcome.LOST, window, DealSelection.Reason.any()),
                new DealSelection.WithOutcome(Outcome.LOST, window, DealSelection.Reason.of("Price")),
                new DealSelection.WithOutcome(Outcome.DISQUALIFIED, window, DealSelection.Reason.none()),
                new DealSelection.ClosingIn(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), window.to()),
                new DealSelection.Slipped(window.to()))) {
            dealSets.select(pipeline, selection, 10);
        }
        for (int lookbackDays : new int[] {1, 365}) {
            new SqlWinProbabilities(recording).calibration(pipeline, window.to(), lookbackDays);
        }
        ISSUED.add(DealRowLock.statement(1));
        ISSUED.add(DealRowLock.statement(3));
    }

    @AfterAll
    static void close() {
        DemoDatabase.close(entityManager);
    }

    static Stream<Arguments> statementsOnEveryDatabase() {
        List<Arguments> all = new ArrayList<>();
        for (Product product : Product.values()) {
            for (String schema : new String[] {null, SCHEMA}) {
                SqlDialect dialect = SqlDialect.of(product, schema);
                for (Sql sql : ISSUED) {
                    all.add(Arguments.of(dialect, sql.render(dialect)));
                }
            }
        }
        return all.stream();
    }

    @org.junit.jupiter.api.Test
    @DisplayName("the statements cover every kind the store sends: aggregates, owner filters, medians, pages and locks")
    void everyKindIsIssued() {
        List<String> texts = ISSUED.stream().map(Sql::toString).toList();
        assertThat(texts).anyMatch(t -> t.contains("GROUP BY"));
        assertThat(texts).anyMatch(t -> t.contains("\"OWNER\" = ?"));
        assertThat(texts).anyMatch(t -> t.contains("OFFSET"));
        assertThat(texts).anyMatch(t -> t.contains("UNION ALL"));
        assertThat(texts).anyMatch(t -> t.contains("FOR UPDATE"));
        assertThat(texts.stream().filter(t -> t.contains("OFFSET")).count()).as("medians of time in stage and outcomes")
                .isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("statementsOnEveryDatabase")
    @DisplayName("names quoted as the database quotes, and no double quote left on MySQL")
    void quoting(SqlDialect dialect, String text) {
        String names = withoutLiterals(text);
        if (dialect.product() == Product.MYSQL) {
            assertThat(names).doesNotContain("\"").contains("`" + AoNaming.TABLE_PREFIX);
        } else {
            assertThat(names).doesNotContain("`").contains("\"" + AoNaming.TABLE_PREFIX);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("statementsOnEveryDatabase")
    @DisplayName("paging each database understands: LIMIT on MySQL only, OFFSET … FETCH elsewhere, always after ORDER BY")
    void paging(SqlDialect dialect, String text) {
        if (dialect.product() == Product.MYSQL) {
            assertThat(text).doesNotContainPattern("(?i)\\bFETCH\\b");
        } else {
            assertThat(text).doesNotContainPattern("(?i)\\bLIMIT\\b");
        }
        Matcher offset = Pattern.compile("\\bOFFSET\\b").matcher(text);
        while (offset.find()) {
            String query = text.substring(text.lastIndexOf("SELECT", offset.start()), offset.start());
            assertThat(query).as("the query paged by OFFSET at %d", offset.start()).contains("ORDER BY");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("statementsOnEveryDatabase")
    @DisplayName("the app's tables are qualified with the schema whenever there is one")
    void schemaQualified(SqlDialect dialect, String text) {
        Matcher table = Pattern.compile("(\\S*)[\"`]" + AoNaming.TABLE_PREFIX + "_\\w+[\"`]").matcher(text);
        int tables = 0;
        while (table.find()) {
            tables++;
            String qualifier = table.group(1).replaceAll("^\\(", "");
            assertThat(qualifier).as(table.group()).isEqualTo(dialect.schema() == null ? "" : SCHEMA + ".");
        }
        assertThat(tables).isPositive();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("statementsOnEveryDatabase")
    @DisplayName("portable SQL: no AS before a table alias (Oracle), no comparison with '' (Oracle's NULL), no AVG (SQL Server truncates integer averages)")
    void portable(SqlDialect dialect, String text) {
        // A table or derived-table alias is followed by a clause; a column alias by a comma or FROM.
        assertThat(text).doesNotContainPattern("(?i)(\\)|[\"`])\\s+AS\\s+\\w+\\s*(WHERE|JOIN|LEFT|INNER|ON|GROUP|ORDER|UNION|\\)|$)");
        assertThat(text).doesNotContain("''");
        assertThat(text).doesNotContainPattern("(?i)\\bAVG\\s*\\(");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Product.class)
    @DisplayName("row locks: FOR UPDATE at the end, but on SQL Server the UPDLOCK hint after the table; no metric locks")
    void rowLocks(Product product) {
        SqlDialect dialect = SqlDialect.of(product, SCHEMA);
        for (Sql lock : List.of(DealRowLock.statement(1), DealRowLock.statement(3))) {
            String text = lock.render(dialect);
            if (product == Product.SQL_SERVER) {
                assertThat(text).contains(" d WITH (UPDLOCK, ROWLOCK) WHERE").doesNotContain("FOR UPDATE");
            } else {
                assertThat(text).endsWith("FOR UPDATE").doesNotContain("UPDLOCK");
            }
        }
        assertThat(ISSUED.subList(0, ISSUED.size() - 2)).extracting(sql -> sql.render(dialect))
                .noneMatch(text -> text.contains("FOR UPDATE") || text.contains("UPDLOCK"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("every database product a driver names is told apart, and an unknown one is refused")
    void productsByDriverName() {
        assertThat(Product.fromProductName("PostgreSQL")).isEqualTo(Product.POSTGRESQL);
        assertThat(Product.fromProductName("MySQL")).isEqualTo(Product.MYSQL);
        assertThat(Product.fromProductName("MariaDB")).isEqualTo(Product.MYSQL);
        assertThat(Product.fromProductName("Microsoft SQL Server")).isEqualTo(Product.SQL_SERVER);
        assertThat(Product.fromProductName("Oracle")).isEqualTo(Product.ORACLE);
        assertThat(Product.fromProductName("HSQL Database Engine")).isEqualTo(Product.HSQLDB);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Product.fromProductName("H2"))
                .isInstanceOf(StoreException.class).hasMessageContaining("H2");
    }

    @org.junit.jupiter.api.Test
    @DisplayName("standard SQL renders with the database's quote and schema; string literals stay as written")
    void rendering() {
        SqlDialect mysql = SqlDialect.of(Product.MYSQL, null);
        SqlDialect postgres = SqlDialect.of(Product.POSTGRESQL, "sales");
        String sql = "SELECT d.\"STAGE_KEY\" FROM \"" + AoNaming.table("DEAL") + "\" d WHERE d.\"STAGE_KEY\" = 'A\"B'";
        assertThat(mysql.render(sql))
                .isEqualTo("SELECT d.`STAGE_KEY` FROM `" + AoNaming.table("DEAL") + "` d WHERE d.`STAGE_KEY` = 'A\"B'");
        assertThat(postgres.render(sql))
                .isEqualTo("SELECT d.\"STAGE_KEY\" FROM sales.\"" + AoNaming.table("DEAL") + "\" d WHERE d.\"STAGE_KEY\" = 'A\"B'");
        assertThat(Set.of(mysql.page(3, 2), postgres.page(3, 2)))
                .containsExactlyInAnyOrder("LIMIT 2 OFFSET 3", "OFFSET 3 ROWS FETCH NEXT 2 ROWS ONLY");
    }

    private static String withoutLiterals(String text) {
        return text.replaceAll("'[^']*'", "''x");
    }
}
