package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.demo.data.DealGenerator;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.PipelineMetrics;
import org.salespipeline.metrics.Window;
import org.salespipeline.pipeline.Pipeline;

/**
 * Tables created as the last release declared them ({@code org.salespipeline.store.released}), holding deals with
 * their transitions and stays, migrate by Active Objects to the current entities: every row is kept as it was,
 * the metrics answer as before, the store goes on recording, and the current indexes are there (the ones they
 * replace are gone).
 */
public abstract class SchemaMigrationContract extends StoreContract {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String PROJECT = "ACME";
    private static final List<Class<?>> RELEASED = List.of(org.salespipeline.store.released.DealEntity.class,
            org.salespipeline.store.released.StayEntity.class, org.salespipeline.store.released.PipelineEntity.class);
    /** Tables the last release did not have: the migration creates them, empty and ready. */
    private static final List<Class<?>> NEW = List.of(LanguageChoiceEntity.class, FieldChangeEntity.class,
            BoardFilterEntity.class, ProbabilityChangeEntity.class);

    @Test
    @NonTransactional
    public void releasedTablesMigrateWithTheirRowsAndGetTheCurrentIndexes() throws Exception {
        // The released tables, exactly: destructive, so that no table or index left by an earlier test survives.
        entityManager.migrateDestructively(released());
        entityManager.flushAll();
        assertThat(tableExists(FieldChangeEntity.class)).as("the field history is new").isFalse();
        for (Class<? extends RawEntity<?>> entity : List.of(DealEntity.class, StayEntity.class)) {
            Set<List<String>> indexes = indexes(entity);
            assertThat(declaredOnlyNow(entity)).as("new indexes of " + entity.getSimpleName()).isNotEmpty()
                    .noneMatch(indexes::contains);
        }

        HistoryFile data = DealGenerator.generate(7L, 40, PROJECT, NOW);
        StoreFixture store = new StoreFixture(entityManager);
        PipelineConfig config = data.pipelines().get(0).config();
        releasedPipeline(store, config);
        // Until AO migrates, the released pipeline table cannot be read by today's entity: the log is fed the set-up.
        StoreFixture released = new StoreFixture(entityManager, fixed(config));
        List<DealSpec> deals = data.deals();
        for (DealSpec deal : deals.subList(0, 30)) {
            record(released, deal);
        }
        Map<String, List<Map<String, Object>>> before = rows();
        assertThat(before.get(Schema.unquoted(Schema.TRANSITION))).hasSizeGreaterThan(100);
        assertThat(before.get(Schema.unquoted(Schema.STAY))).hasSizeGreaterThan(50);
        List<Object> answersBefore = answers(store, config.pipeline());

        entityManager.migrate(current());
        entityManager.flushAll();

        assertThat(rows()).as("every row of every table, column by column").isEqualTo(before);
        assertThat(tableExists(FieldChangeEntity.class)).as("the field history's table is created").isTrue();
        assertThat(indexes(FieldChangeEntity.class)).containsAll(declared(FieldChangeEntity.class));
        AoLanguageChoices languages = new AoLanguageChoices(store.ao);
        assertThat(languages.find("dana")).as("a new table starts empty").isEmpty();
        languages.choose("dana", "he");
        assertThat(languages.find("dana")).contains("he");
        languages.choose("dana", null);
        AoBoardFilterMemory boardFilters = new AoBoardFilterMemory(store.ao);
        assertThat(boardFilters.find("dana", PROJECT)).as("a new table starts empty").isEmpty();
        boardFilters.save("dana", PROJECT, new org.salespipeline.metrics.BoardFilterMemory.Saved(null, null, null, "x"));
        assertThat(boardFilters.find("dana", PROJECT)).isPresent();
        boardFilters.save("dana", PROJECT, org.salespipeline.metrics.BoardFilterMemory.Saved.none());
        PipelineConfig migrated = store.pipelines.find(PROJECT).orElseThrow();
        assertThat(migrated.pipeline()).isEqualTo(config.pipeline());
        assertThat(migrated.mapping()).isEqualTo(config.mapping());
        assertThat(migrated.policy()).as("a pipeline saved before gates were named keeps Qualification as its gate")
                .isEqualTo(config.policy().withGateStage("QUALIFICATION"));
        store.pipelines.save(new PipelineConfig(config.pipeline(), config.mapping(), config.policy().withGateStage("PROPOSAL"),
                config.checklists()));
        assertThat(store.pipelines.find(PROJECT).orElseThrow().policy().gateStage()).isEqualTo("PROPOSAL");
        store.pipelines.save(new PipelineConfig(config.pipeline(), config.mapping(), config.policy().withGateStage(null),
                config.checklists()));
        assertThat(store.pipelines.find(PROJECT).orElseThrow().policy().gate()).as("no gate, once chosen, stays none").isEmpty();
        AoProbabilityHistory probabilities = new AoProbabilityHistory(store.ao);
        assertThat(probabilities.changes(PROJECT)).as("the probability history starts empty").isEmpty();
        org.salespipeline.configuration.PipelineSettings settings = new org.salespipeline.configuration.PipelineSettings(
                store.pipelines, store.stageLog, probabilities, () -> java.util.Optional.of("dana"),
                java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
        settings.save(new PipelineConfig(config.pipeline().updateStageNumbers("PROPOSAL", 45, 21), config.mapping(),
                config.policy(), config.checklists()));
        assertThat(probabilities.changes(PROJECT)).as("a set-up change after the migration is kept in it")
                .containsExactly(new org.salespipeline.configuration.ProbabilityChange("PROPOSAL", 45, NOW, "dana"));
        assertThat(org.salespipeline.configuration.ProbabilityChange.configuredAt(config.pipeline(),
                probabilities.changes(PROJECT), NOW.plusSeconds(1)).stage("PROPOSAL").orElseThrow().probability())
                .isEqualTo(45);
        store.pipelines.save(config);
        assertThat(answers(store, config.pipeline())).usingRecursiveComparison().isEqualTo(answersBefore);
        for (Class<? extends RawEntity<?>> entity : List.of(DealEntity.class, StayEntity.class)) {
            Set<List<String>> indexes = indexes(entity);
            assertThat(indexes).as("indexes of " + entity.getSimpleName()).containsAll(declared(entity));
            assertThat(declaredOnlyBefore(entity)).as("replaced indexes of " + entity.getSimpleName())
                    .noneMatch(indexes::contains);
        }

        // The store goes on writing into the migrated tables, and a second migration changes nothing.
        int fieldChanges = 0;
        for (DealSpec deal : deals.subList(30, deals.size())) {
            record(store, deal);
            store.stageLog.recordFields(PROJECT, deal.toFacts(), deal.toChanges().fieldChanges());
            fieldChanges += deal.fieldChanges().size();
        }
        assertThat(store.dealRow(deals.get(deals.size() - 1).issueId())).isNotNull();
        assertThat(fieldChanges).as("the generated deals revise amounts and close dates").isPositive();
        assertThat(count(Schema.FIELD_CHANGE)).as("the store records into the new table").isEqualTo(fieldChanges);
        for (DealSpec deal : deals.subList(30, deals.size())) {
            assertThat(store.stageLog.fieldChanges(deal.issueId())).extracting(org.salespipeline.history.LoggedFieldChange::change)
                    .containsExactlyInAnyOrderElementsOf(deal.fieldChanges());
        }
        Map<String, List<Map<String, Object>>> after = rows();
        entityManager.migrate(current());
        assertThat(rows()).isEqualTo(after);
    }

    @Test
    @NonTransactional
    public void theOwnersStepStoresUserKeysWhereTheReleasedTablesHeldUserNames() throws Exception {
        entityManager.migrateDestructively(released());
        entityManager.flushAll();
        // Owners as the released store kept them: user names, one in another case than Jira's, one of a user who left.
        HistoryFile data = DealGenerator.generate(11L, 40, PROJECT, NOW,
                List.of("anna.berg", "Ben.Okafor", "gone.user", "admin"));
        StoreFixture store = new StoreFixture(entityManager);
        PipelineConfig config = data.pipelines().get(0).config();
        releasedPipeline(store, config);
        StoreFixture released = new StoreFixture(entityManager, fixed(config));
        for (DealSpec deal : data.deals()) {
            record(released, deal);
        }
        Map<String, List<Map<String, Object>>> before = rows();
        Pipeline pipeline = config.pipeline();
        List<Object> annasBefore = answers(store, pipeline, OwnerFilter.of("anna.berg"));
        List<Object> bensBefore = answers(store, pipeline, OwnerFilter.of("Ben.Okafor"));
        List<Object> everyonesBefore = answers(store, pipeline, OwnerFilter.any());
        Map<String, String> keys = Map.of("anna.berg", "JIRAUSER10101", "ben.okafor", "JIRAUSER10102", "admin", "admin");
        org.salespipeline.access.UserDirectory users = new org.salespipeline.access.UserDirectory() {
            @Override
            public java.util.Optional<User> byKey(String key) {
                return keys.entrySet().stream().filter(e -> e.getValue().equals(key))
                        .map(e -> new User(e.getValue(), e.getKey(), e.getKey())).findFirst();
            }

            @Override
            public java.util.Optional<User> byName(String username) {
                return java.util.Optional.ofNullable(keys.get(username.toLowerCase(Locale.ROOT)))
                        .map(key -> new User(key, username.toLowerCase(Locale.ROOT), username));
            }
        };

        org.salespipeline.store.upgrade.OwnersByUserKey step = new org.salespipeline.store.upgrade.OwnersByUserKey(users);
        assertThat(step.getModelVersion()).hasToString("1");
        // As Active Objects runs it: the step on the released tables, then the migration to today's entities.
        step.upgrade(com.atlassian.activeobjects.external.ModelVersion.valueOf(null),
                new org.salespipeline.demo.EntityManagerActiveObjects(entityManager));
        entityManager.migrate(current());
        entityManager.flushAll();

        Map<String, String> converted = Map.of("anna.berg", "JIRAUSER10101", "Ben.Okafor", "JIRAUSER10102");
        Map<String, List<Map<String, Object>>> expected = new LinkedHashMap<>(before);
        expected.put(Schema.unquoted(Schema.DEAL), before.get(Schema.unquoted(Schema.DEAL)).stream().map(row -> {
            Map<String, Object> changed = new TreeMap<>(row);
            changed.computeIfPresent("OWNER", (column, owner) -> converted.getOrDefault(owner, (String) owner));
            return (Map<String, Object>) changed;
        }).toList());
        assertThat(rows()).as("every row as it was, but the owners known to Jira by key").isEqualTo(expected);
        PipelineMetrics metrics = new SqlPipelineMetrics(store.sql);
        assertThat(metrics.owners(pipeline)).as("a user name Jira does not know is kept, so the deals keep their owner")
                .containsExactly("JIRAUSER10101", "JIRAUSER10102", "admin", "gone.user");
        assertThat(answers(store, pipeline, OwnerFilter.of("JIRAUSER10101"))).usingRecursiveComparison().isEqualTo(annasBefore);
        assertThat(answers(store, pipeline, OwnerFilter.of("JIRAUSER10102"))).usingRecursiveComparison().isEqualTo(bensBefore);
        assertThat(answers(store, pipeline, OwnerFilter.any())).usingRecursiveComparison().isEqualTo(everyonesBefore);
        assertThat(answers(store, pipeline, OwnerFilter.of("anna.berg")).get(1)).as("no deal is left under the user name")
                .usingRecursiveComparison().isEqualTo(answers(store, pipeline, OwnerFilter.of("nobody")).get(1));
    }

    /** The pipeline's rows as the released schema held them: no gate-stage column. */
    private static void releasedPipeline(StoreFixture store, PipelineConfig config) {
        org.salespipeline.store.released.PipelineEntity row = store.ao.create(
                org.salespipeline.store.released.PipelineEntity.class, new net.java.ao.DBParam("PROJECT_KEY", PROJECT),
                new net.java.ao.DBParam("NAME", config.pipeline().name()),
                new net.java.ao.DBParam("CURRENCY", config.pipeline().currency()));
        row.setBantThreshold(config.policy().threshold());
        row.setMandatoryCriteria("");
        row.setConfigVersion(1);
        row.save();
        PipelineConfigRows.write(store.ao, row.getID(), config);
    }

    private static org.salespipeline.configuration.PipelineDirectory fixed(PipelineConfig config) {
        return new org.salespipeline.configuration.PipelineDirectory() {
            @Override
            public java.util.Optional<PipelineConfig> find(String projectKey) {
                return java.util.Optional.of(config).filter(c -> c.projectKey().equals(projectKey));
            }

            @Override
            public List<PipelineConfig> all() {
                return List.of(config);
            }

            @Override
            public void save(PipelineConfig changed) {
                throw new UnsupportedOperationException("the released tables are not written by today's store");
            }

            @Override
            public void delete(String projectKey) {
                throw new UnsupportedOperationException("the released tables are not written by today's store");
            }
        };
    }

    private static void record(StoreFixture store, DealSpec deal) {
        for (int i = 0; i < deal.history().size(); i++) {
            store.stageLog.record(PROJECT, deal.toFacts(), LoggedChange.ofInstant(deal.issueId(), i, deal.history().get(i)));
        }
    }

    /** Metrics that read every index the migration adds or replaces. */
    private static List<Object> answers(StoreFixture store, Pipeline pipeline) {
        return answers(store, pipeline, OwnerFilter.any());
    }

    /** The same metrics for the deals of one owner, or everyone's. */
    private static List<Object> answers(StoreFixture store, Pipeline pipeline, OwnerFilter any) {
        PipelineMetrics metrics = new SqlPipelineMetrics(store.sql);
        Window year = new Window(NOW.minusSeconds(365L * 86_400), NOW);
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        return List.of(metrics.funnel(pipeline, year, any), metrics.summary(pipeline, NOW, any),
                metrics.velocity(pipeline, year, any), metrics.timeInStage(pipeline, year, any),
                metrics.outcomes(pipeline, year, any), metrics.stalled(pipeline, NOW, any, key -> true, 10),
                metrics.forecast(pipeline, today.minusYears(1), today.plusYears(1), NOW, any, key -> true));
    }

    /** The rows of the deal, stay and transition tables, by id, each as column name to value. */
    private Map<String, List<Map<String, Object>>> rows() throws SQLException {
        SqlDialect dialect = new org.salespipeline.demo.EntityManagerSqlReader(entityManager).dialect();
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        try (Connection connection = entityManager.getProvider().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : List.of(Schema.DEAL, Schema.STAY, Schema.TRANSITION)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery(
                        dialect.render("SELECT * FROM " + table + " ORDER BY " + Schema.ID))) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, Object> row = new TreeMap<>();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            Object value = rs.getObject(c);
                            // Drivers differ in the boxed type of a number; the value is what must not change.
                            row.put(columns.getColumnLabel(c).toUpperCase(Locale.ROOT),
                                    value instanceof Number n ? n.toString() : value);
                        }
                        rows.add(row);
                    }
                }
                tables.put(Schema.unquoted(table), rows);
            }
        }
        return tables;
    }

    private boolean tableExists(Class<? extends RawEntity<?>> entity) throws SQLException {
        String table = AoNaming.table(entity.getAnnotation(net.java.ao.schema.Table.class).value());
        try (Connection connection = entityManager.getProvider().getConnection()) {
            String schema = entityManager.getProvider().getSchema();
            try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(),
                    schema == null || schema.isBlank() ? null : schema, table, null)) {
                return rs.next();
            }
        }
    }

    private long count(String table) throws SQLException {
        SqlDialect dialect = new org.salespipeline.demo.EntityManagerSqlReader(entityManager).dialect();
        try (Connection connection = entityManager.getProvider().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(dialect.render("SELECT COUNT(*) FROM " + table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The column lists of the indexes the database reports on an entity's table, names in upper case. */
    private Set<List<String>> indexes(Class<? extends RawEntity<?>> entity) throws SQLException {
        String table = AoNaming.table(entity.getAnnotation(net.java.ao.schema.Table.class).value());
        Map<String, TreeMap<Short, String>> byName = new TreeMap<>();
        try (Connection connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String schema = entityManager.getProvider().getSchema();
            try (ResultSet rs = metaData.getIndexInfo(connection.getCatalog(),
                    schema == null || schema.isBlank() ? null : schema, table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                        byName.computeIfAbsent(rs.getString("INDEX_NAME"), name -> new TreeMap<>())
                                .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(byName).as("indexes of " + table).isNotEmpty();
        return byName.values().stream().map(columns -> List.copyOf(columns.values())).collect(Collectors.toSet());
    }

    private static Set<List<String>> declaredOnlyNow(Class<? extends RawEntity<?>> entity) {
        Set<List<String>> now = declared(entity);
        now.removeAll(declared(releasedOf(entity)));
        return now;
    }

    private static Set<List<String>> declaredOnlyBefore(Class<? extends RawEntity<?>> entity) {
        Set<List<String>> before = declared(releasedOf(entity));
        before.removeAll(declared(entity));
        return before;
    }

    /** The column lists of an entity's {@code @Indexes}, as AO names the columns (getCloseDay is CLOSE_DAY). */
    private static Set<List<String>> declared(Class<?> entity) {
        return Arrays.stream(entity.getAnnotation(Indexes.class).value()).map(Index::methodNames)
                .map(methods -> Arrays.stream(methods).map(SchemaMigrationContract::column).toList())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    private static String column(String getter) {
        return getter.substring(3).replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static Class<?> releasedOf(Class<?> entity) {
        return RELEASED.stream().filter(r -> r.getSimpleName().equals(entity.getSimpleName())).findFirst().orElseThrow();
    }

    /** The entities of the last release: today's, with the tables it changed as they were then. */
    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] released() {
        return PluginDescriptor.load().aoEntities().stream().filter(entity -> !NEW.contains(entity))
                .map(entity -> RELEASED.stream().filter(r -> r.getSimpleName().equals(entity.getSimpleName()))
                        .findFirst().<Class<?>>map(r -> r).orElse(entity))
                .toArray(Class[]::new);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] current() {
        return PluginDescriptor.load().aoEntities().toArray(new Class[0]);
    }
}
