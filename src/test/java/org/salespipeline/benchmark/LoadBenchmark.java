package org.salespipeline.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoOptions;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.demo.data.HistoryFileWriter;
import org.salespipeline.store.AoNaming;

/**
 * Many managers opening the dashboard at once while reps move deals: the demo host (the real app in its embedded
 * Jetty) on loopback under levels of concurrent clients, each loading every gadget's calls and the board's first
 * render in a loop, while writers record changes through the listener's path; and the demo host on HSQLDB with its
 * default data at one client. Writes a markdown report and stops by itself.
 */
public final class LoadBenchmark {

    static final String ACME = BenchmarkData.PROJECT;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        run(options);
        System.out.println("Load benchmark written to " + options.out().toAbsolutePath());
    }

    /** One level as the report shows it: the clients' figures, the writers' and the machine's. */
    record Level(LoadLevel.Result clients, DealWriters.Recorded recorded, int transitionsLogged, double peakHeapMebibytes,
            String loadBefore, String loadAfter) {
    }

    /** One mode: where the host ran, on what data, and its levels. */
    record Mode(String name, String database, String durability, String data, int poolSize, double startSeconds,
            double baselineHeapMebibytes, PageCalls calls, List<Level> levels) {
    }

    static List<Mode> run(LoadOptions options) throws Exception {
        Files.createDirectories(options.work());
        List<Mode> modes = new ArrayList<>();
        for (String mode : options.modes()) {
            modes.add(mode.equals("postgres") ? postgres(options) : demo(options));
        }
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), LoadReport.markdown(options, modes));
        return modes;
    }

    private static Mode postgres(LoadOptions options) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        System.out.println("[load] generating " + options.deals() + " ACME deals and BOARD with "
                + options.boardOpenDeals() + " open deals");
        HistoryFile data = LoadData.generate(options.deals(), options.boardOpenDeals(), now);
        Path dataFile = options.work().resolve("load-data.json").toAbsolutePath();
        HistoryFileWriter.write(data, dataFile);
        String dataText = String.format(java.util.Locale.ROOT, "ACME: %,d deals (the benchmark's generator, with field "
                + "changes), BOARD: %,d deals of which %,d open; histories end at the run's start; won deals' "
                + "checklists left as loaded (no call measured here reads them)", options.deals(),
                data.deals().size() - options.deals(), options.boardOpenDeals());
        data = null;
        try (DatabaseUnderTest.Postgres server = new DatabaseUnderTest.Postgres(options.work().resolve("postgres"))) {
            DatabaseUnderTest.Target target = server.fresh(options.deals());
            PooledDatabase db = PooledDatabase.open(target.url(), target.user(), target.password(), options.poolSize(),
                    "sales-pipeline");
            long started = System.nanoTime();
            System.out.println("[load] starting the demo host on PostgreSQL and loading the data");
            try (DemoHost host = DemoHost.start(new DemoOptions(0, new DemoOptions.JdbcDatabase(target.url(),
                    target.user(), target.password(), null), dataFile, null), db.entityManager(), false)) {
                double startSeconds = (System.nanoTime() - started) / 1e9;
                String[] settled = settle(db);
                PageCalls calls = PageCalls.read(options, ACME, LoadData.BOARD_PROJECT, now);
                DealWriters writers = new DealWriters(host, ACME, options.writers(), options.changesPerSecond());
                double baseline = baselineHeap();
                warmUp(options, host, calls);
                List<Level> levels = new ArrayList<>();
                for (int clients : options.clients()) {
                    levels.add(level(options, host, calls, clients, options.seconds(), writers, db));
                }
                return new Mode("postgres", settled[0], settled[1], dataText, options.poolSize(), startSeconds, baseline,
                        calls, levels);
            }
        }
    }

    private static Mode demo(LoadOptions options) throws Exception {
        Path directory = options.work().resolve("demo-db");
        deleteTree(directory);
        long started = System.nanoTime();
        System.out.println("[load] starting the demo host on HSQLDB with its default data");
        try (DemoHost host = DemoHost.start(new DemoOptions(0, directory))) {
            double startSeconds = (System.nanoTime() - started) / 1e9;
            PageCalls calls = PageCalls.read(options, ACME, ACME, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            double baseline = baselineHeap();
            warmUp(options, host, calls);
            Level level = level(options, host, calls, options.demoClients(), options.demoSeconds(), null, null);
            return new Mode("demo", "HSQLDB (in-process, the demo host's own)", "in-process, default write delay",
                    "the demo host's default data (ACME 400 and GLOBEX 250 generated deals)", 0, startSeconds, baseline,
                    calls, List.of(level));
        }
    }

    private static void warmUp(LoadOptions options, DemoHost host, PageCalls calls) throws InterruptedException {
        if (options.warmupSeconds() > 0) {
            System.out.println("[load] warming up: one client for " + options.warmupSeconds() + " s");
            LoadLevel.Result warm = new LoadLevel(host.baseUrl(), calls, options.connectionsPerClient())
                    .run(1, Duration.ofSeconds(options.warmupSeconds()));
            if (warm.errors() > 0) {
                System.out.println("[load] the warm-up had errors: " + warm.firstErrors());
            }
        }
    }

    private static Level level(LoadOptions options, DemoHost host, PageCalls calls, int clients, int seconds,
            DealWriters writers, PooledDatabase db) throws Exception {
        System.out.println("[load] " + clients + " clients for " + seconds + " s" + (writers == null ? ""
                : " while " + options.writers() + " writers make " + options.changesPerSecond() + " changes per second"));
        int transitionsBefore = db == null ? 0 : transitions(db);
        HeapPeak.reset();
        String loadBefore = loadAverage();
        LoadLevel level = new LoadLevel(host.baseUrl(), calls, options.connectionsPerClient());
        if (writers != null) {
            writers.start();
        }
        LoadLevel.Result result = level.run(clients, Duration.ofSeconds(seconds));
        DealWriters.Recorded recorded = writers == null ? null : writers.stop();
        double peak = HeapPeak.peakMebibytes();
        String loadAfter = loadAverage();
        int logged = db == null ? 0 : transitions(db) - transitionsBefore;
        System.out.printf(java.util.Locale.ROOT, "[load] %d clients: %d dashboards, %d errors%s%n", clients,
                result.dashboards().count(), result.errors(), recorded == null ? ""
                        : ", " + (recorded.statusChanges() + recorded.fieldChanges()) + " changes recorded, "
                                + recorded.errors() + " failed");
        return new Level(result, recorded, logged, peak, loadBefore, loadAfter);
    }

    /** The status changes the stage log holds: every status change a writer made must add one. */
    private static int transitions(PooledDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + AoNaming.table("TRANSITION") + "\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The server and its durability, after letting PostgreSQL analyse the freshly loaded tables as autovacuum would. */
    private static String[] settle(PooledDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
            return new String[] {"PostgreSQL " + show(statement, "server_version") + " (embedded)",
                    "fsync=" + show(statement, "fsync") + ", synchronous_commit=" + show(statement, "synchronous_commit")
                            + ", full_page_writes=" + show(statement, "full_page_writes")};
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Heap in use after a collection, before the first level: mostly the demo's stand-in for Jira's issues. */
    private static double baselineHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    /** The machine's load averages over 1, 5 and 15 minutes, where the system says (Linux). */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
