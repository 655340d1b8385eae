package org.salespipeline.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.store.AoNaming;
import org.salespipeline.store.AoPipelineDirectory;
import org.salespipeline.store.AoStageLog;

/**
 * How long Active Objects takes to migrate the released tables, filled with N backfilled deals, to the current
 * entities (the indexes added since): {@code --database=mariadb|postgres|hsqldb --deals=N [--work=DIR]}, or
 * {@code --url= --user= --password=} for a database already holding the released tables.
 */
public final class MigrationTiming {

    private MigrationTiming() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.substring(2).split("=", 2);
            options.put(pair[0], pair[1]);
        }
        if (options.containsKey("url")) {
            try (PooledDatabase db = PooledDatabase.open(options.get("url"), options.get("user"), options.getOrDefault("password", ""))) {
                migrate(db, "the given database");
            }
            return;
        }
        String name = options.getOrDefault("database", "mariadb");
        int deals = Integer.parseInt(options.getOrDefault("deals", "100000"));
        try (DatabaseUnderTest database = DatabaseUnderTest.start(name, Path.of(options.getOrDefault("work", "target/migration")))) {
            DatabaseUnderTest.Target target = database.fresh(deals);
            try (PooledDatabase db = PooledDatabase.open(target.url(), target.user(), target.password())) {
                DemoDatabase.migrate(db.entityManager(), released());
                EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager());
                AoPipelineDirectory pipelines = new AoPipelineDirectory(ao);
                PhaseResults loaded = IngestionPhase.backfill(ao, pipelines,
                        new AoStageLog(ao, pipelines, new EntityManagerSqlReader(db.entityManager())), deals);
                System.out.printf("%s: %,d deals backfilled into the released tables in %.0f s%n", database.name(), deals,
                        loaded.number("backfill.seconds"));
                migrate(db, database.name() + " at " + String.format("%,d", deals) + " deals");
            }
        }
    }

    private static void migrate(PooledDatabase db, String what) throws SQLException {
        int before = indexCount(db);
        long start = System.nanoTime();
        DemoDatabase.migrate(db.entityManager(), PluginDescriptor.load().aoEntities());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Migration to the current entities on %s: %.1f s (indexes on the app's tables: %d before, %d after)%n",
                what, seconds, before, indexCount(db));
    }

    /** The released entities: today's, with the changed tables as the last release declared them. */
    @SuppressWarnings("unchecked")
    private static List<Class<? extends RawEntity<?>>> released() {
        Map<String, Class<?>> released = Map.of(
                "DealEntity", org.salespipeline.store.released.DealEntity.class,
                "StayEntity", org.salespipeline.store.released.StayEntity.class);
        List<Class<? extends RawEntity<?>>> entities = new java.util.ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : PluginDescriptor.load().aoEntities()) {
            entities.add((Class<? extends RawEntity<?>>) released.getOrDefault(entity.getSimpleName(), entity));
        }
        return entities;
    }

    private static int indexCount(PooledDatabase db) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (Connection connection = db.dataSource().getConnection()) {
            for (String table : List.of("DEAL", "STAY")) {
                String schema = db.entityManager().getProvider().getSchema();
                try (ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(),
                        schema == null || schema.isBlank() ? null : schema, AoNaming.table(table), false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            names.add(table + "." + rs.getString("INDEX_NAME"));
                        }
                    }
                }
            }
        }
        return names.size();
    }
}
