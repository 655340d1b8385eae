package org.salespipeline.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.FileHistorySource;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.history.HistoryRebuild;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.store.AoPipelineDirectory;
import org.salespipeline.store.AoRebuildProgressStore;
import org.salespipeline.store.AoStageLog;

/**
 * Fills an empty database the way the app does: a backfill of every deal through the history rebuild, then
 * further deals' changes recorded one per transaction through the stage log, as Jira's listener records them.
 */
final class IngestionPhase {

    // The first recordings run before the JIT has compiled the path; they are recorded but not timed.
    private static final int UNTIMED_DEALS = 20;

    private IngestionPhase() {
    }

    static PhaseResults run(PooledDatabase db, int deals, int recordedDeals) throws SQLException {
        DemoDatabase.migrate(db.entityManager(), PluginDescriptor.load().aoEntities());
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager());
        AoPipelineDirectory pipelines = new AoPipelineDirectory(ao);
        AoStageLog stageLog = new AoStageLog(ao, pipelines, new EntityManagerSqlReader(db.entityManager()));
        PhaseResults results = backfill(ao, pipelines, stageLog, deals);
        // The recordings should meet neither the backfill's garbage nor the database's after-load chores.
        System.gc();
        settle(db, results);

        Timings recording = new Timings();
        Timings fieldRecording = new Timings();
        Timings bareCommits = new Timings();
        List<DealSpec> recorded = BenchmarkData.recorded(deals, recordedDeals);
        try (BareCommit bare = BareCommit.prepare(db.dataSource())) {
            for (int d = 0; d < recorded.size(); d++) {
                DealSpec deal = recorded.get(d);
                boolean timed = d >= Math.min(UNTIMED_DEALS, recorded.size() / 2);
                // The deal's status and field changes as they happened, each followed by a bare commit, so that
                // both meet the same machine.
                for (RecordedChange change : RecordedChange.inOrder(deal)) {
                    long before = System.nanoTime();
                    if (change.status() != null) {
                        stageLog.record(BenchmarkData.PROJECT, deal.toFacts(), change.status());
                    } else {
                        stageLog.recordFields(BenchmarkData.PROJECT, deal.toFacts(), List.of(change.field()));
                    }
                    long elapsed = System.nanoTime() - before;
                    long commit = bare.time();
                    if (timed) {
                        (change.status() != null ? recording : fieldRecording).add(elapsed);
                        bareCommits.add(commit);
                    }
                }
            }
        }
        return results.putTimings("record", recording).putTimings("record.field", fieldRecording)
                .putTimings("commit.bare", bareCommits).put("record.deals", recorded.size());
    }

    /** The backfill of the deals without their field history, into an empty database: what field history adds to it. */
    static PhaseResults backfillStatusOnly(PooledDatabase db, int deals) {
        DemoDatabase.migrate(db.entityManager(), PluginDescriptor.load().aoEntities());
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(db.entityManager());
        AoPipelineDirectory pipelines = new AoPipelineDirectory(ao);
        AoStageLog stageLog = new AoStageLog(ao, pipelines, new EntityManagerSqlReader(db.entityManager()));
        PhaseResults timed = backfill(ao, pipelines, stageLog, BenchmarkData.withoutFieldHistory(BenchmarkData.backfilled(deals)));
        return new PhaseResults().put("backfill.statusOnly.seconds", timed.number("backfill.seconds"));
    }

    static PhaseResults backfill(EntityManagerActiveObjects ao, AoPipelineDirectory pipelines, AoStageLog stageLog,
            int deals) {
        return backfill(ao, pipelines, stageLog, BenchmarkData.backfilled(deals));
    }

    private static PhaseResults backfill(EntityManagerActiveObjects ao, AoPipelineDirectory pipelines, AoStageLog stageLog,
            HistoryFile data) {
        int deals = data.deals().size();
        pipelines.save(data.pipelines().get(0).config());
        long start = System.nanoTime();
        new HistoryRebuild(stageLog, new AoRebuildProgressStore(ao), Clock.fixed(BenchmarkData.NOW, ZoneOffset.UTC))
                .run(BenchmarkData.PROJECT, new FileHistorySource(data));
        double seconds = (System.nanoTime() - start) / 1e9;
        long transitions = data.deals().stream().mapToLong(deal -> deal.history().size()).sum();
        long fieldChanges = data.deals().stream().mapToLong(deal -> deal.fieldChanges().size()).sum();
        return new PhaseResults().put("backfill.deals", deals).put("backfill.transitions", transitions)
                .put("backfill.fieldChanges", fieldChanges)
                .put("backfill.seconds", seconds).put("backfill.perSecond", transitions / seconds);
    }

    /**
     * Reports whether commits reach the disk, and lets the database do what it does soon after a load anyway
     * (PostgreSQL's autovacuum analyses the tables, InnoDB recalculates its statistics, HSQLDB checkpoints), so
     * that later phases meet a settled database.
     */
    private static void settle(PooledDatabase db, PhaseResults results) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            String url = connection.getMetaData().getURL();
            if (url.startsWith("jdbc:postgresql:")) {
                results.put("durability", "fsync=" + setting(statement, "fsync")
                        + ", synchronous_commit=" + setting(statement, "synchronous_commit"));
                results.put("server", "PostgreSQL " + setting(statement, "server_version"));
                statement.execute("VACUUM ANALYZE");
            } else if (url.startsWith("jdbc:mysql:")) {
                results.put("durability", "innodb_flush_log_at_trx_commit=" + variable(statement, "innodb_flush_log_at_trx_commit")
                        + ", innodb_doublewrite=" + variable(statement, "innodb_doublewrite")
                        + ", innodb_flush_method=" + variable(statement, "innodb_flush_method")
                        + ", buffer pool " + Long.parseLong(variable(statement, "innodb_buffer_pool_size")) / (1024 * 1024)
                        + " MiB");
                results.put("server", "MariaDB " + variable(statement, "version"));
                statement.execute("ANALYZE TABLE " + String.join(", ", mysqlTables(connection)));
            } else {
                results.put("durability", "in-process, default write delay (commits not synced)");
                statement.execute("CHECKPOINT");
            }
        }
    }

    private static String variable(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT @@GLOBAL." + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The app's tables in the connection's database, quoted as MySQL quotes names. */
    private static List<String> mysqlTables(Connection connection) throws SQLException {
        List<String> tables = new java.util.ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), null,
                org.salespipeline.store.AoNaming.TABLE_PREFIX + "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add("`" + rows.getString("TABLE_NAME") + "`");
            }
        }
        return tables;
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
