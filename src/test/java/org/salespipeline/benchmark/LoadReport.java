package org.salespipeline.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The load benchmark's results as markdown: per mode, a row per level, then every call of every level, then the targets. */
final class LoadReport {

    /** At 16 clients on PostgreSQL: p95 of every call and of a whole dashboard, and of recording one change. */
    static final double CALL_P95_MS = 250;
    static final double DASHBOARD_P95_MS = 800;
    static final double RECORDING_P95_MS = 10;
    /** At 32 clients: no call over this. */
    static final double LONGEST_CALL_MS = 5_000;
    /** The demo host on HSQLDB at one client: every call's p95 under this. */
    static final double DEMO_CALL_P95_MS = 50;

    private LoadReport() {
    }

    static String markdown(LoadOptions options, List<LoadBenchmark.Mode> modes) {
        StringBuilder md = new StringBuilder();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        md.append(format("Machine: %d cores, %d GiB, %s, Java %s, max heap %.0f MiB; %s.%n%n",
                Runtime.getRuntime().availableProcessors(), Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)),
                System.getProperty("os.name"), System.getProperty("java.version"), HeapPeak.maxHeapMebibytes(),
                LocalDate.now(ZoneOffset.UTC)));
        md.append(format("Each client loads one dashboard with every gadget (%s: %d calls), then the board's first "
                + "render (%d calls), in a loop; a page's calls go out wave by wave as its scripts send them, at most %d "
                + "at once per client. Warm-up: one client for %d s.%n", String.join(", ",
                        modes.isEmpty() ? List.of() : modes.get(0).calls().gadgets()),
                modes.isEmpty() ? 0 : modes.get(0).calls().dashboardCallCount(),
                modes.isEmpty() ? 0 : modes.get(0).calls().boardCallCount(), options.connectionsPerClient(),
                options.warmupSeconds()));
        for (LoadBenchmark.Mode mode : modes) {
            mode(md, options, mode);
        }
        targets(md, modes);
        return md.toString();
    }

    private static void mode(StringBuilder md, LoadOptions options, LoadBenchmark.Mode mode) {
        md.append(format("%n### %s%n%n", mode.database()));
        md.append(format("Durability: %s. Data: %s.%s Start-up with loading: %.0f s. Heap after start-up: %.0f MiB.%n%n",
                mode.durability(), mode.data(), mode.poolSize() > 0
                        ? format(" Connection pool: %d, shared by every request and writer.", mode.poolSize()) : "",
                mode.startSeconds(), mode.baselineHeapMebibytes()));
        boolean writers = mode.levels().stream().anyMatch(level -> level.recorded() != null);
        if (writers) {
            md.append(format("Meanwhile %d writers record %d changes per second in all (status and amount changes "
                    + "alternately) through the listener's path.%n%n", options.writers(), options.changesPerSecond()));
        }
        md.append("| Clients | Seconds | Dashboards/s | Dashboard p50 | p95 | p99 | Board first render p50 | p95 | p99 "
                + "| Calls | Errors | Longest call |" + (writers ? " Recording p50 | p95 | Changes/s (failed) |" : "")
                + " Peak heap | Load average (1/5/15 min), start → end |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + (writers ? "---:|---:|---:|" : "")
                + "---:|---|\n");
        for (LoadBenchmark.Level level : mode.levels()) {
            LoadLevel.Result r = level.clients();
            int calls = r.perCall().values().stream().mapToInt(Timings::count).sum();
            md.append(format("| %d | %.0f | %.2f | %s | %s | %s | %s | %s | %s | %,d | %d | %s |", r.clients(), r.seconds(),
                    r.dashboards().count() / r.seconds(), ms(r.dashboards(), 50), ms(r.dashboards(), 95),
                    ms(r.dashboards(), 99), ms(r.boards(), 50), ms(r.boards(), 95), ms(r.boards(), 99), calls, r.errors(),
                    longest(r)));
            if (writers) {
                DealWriters.Recorded w = level.recorded();
                md.append(format(" %s | %s | %.1f (%d) |", ms(w.timings(), 50), ms(w.timings(), 95),
                        (w.statusChanges() + w.fieldChanges()) / r.seconds(), recordingErrors(level)));
            }
            md.append(format(" %.0f MiB | %s → %s |%n", level.peakHeapMebibytes(), level.loadBefore(), level.loadAfter()));
        }
        md.append("\n| Clients | Call | Calls | p50 | p95 | p99 | Longest | Errors |\n|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (LoadBenchmark.Level level : mode.levels()) {
            LoadLevel.Result r = level.clients();
            for (Map.Entry<String, Timings> call : r.perCall().entrySet()) {
                Timings t = call.getValue();
                md.append(format("| %d | `%s` | %,d | %s | %s | %s | %s | %d |%n", r.clients(), call.getKey(), t.count(),
                        ms(t, 50), ms(t, 95), ms(t, 99), ms(t, 100), r.errorsPerCall().get(call.getKey())));
            }
        }
        List<String> errors = new ArrayList<>();
        for (LoadBenchmark.Level level : mode.levels()) {
            level.clients().firstErrors().forEach(e -> errors.add(level.clients().clients() + " clients: " + e));
            if (level.recorded() != null) {
                level.recorded().firstErrors().forEach(e -> errors.add(level.clients().clients() + " clients, writer: " + e));
                if (level.transitionsLogged() != level.recorded().statusChanges()) {
                    errors.add(format("%d clients: %d status changes made, %d reached the stage log",
                            level.clients().clients(), level.recorded().statusChanges(), level.transitionsLogged()));
                }
            }
        }
        if (!errors.isEmpty()) {
            md.append("\nFirst errors:\n\n");
            errors.forEach(e -> md.append("- ").append(e).append('\n'));
        }
    }

    /** Changes that failed or were refused, and status changes that did not reach the stage log. */
    static int recordingErrors(LoadBenchmark.Level level) {
        DealWriters.Recorded w = level.recorded();
        return w.errors() + Math.abs(level.transitionsLogged() - w.statusChanges());
    }

    private static void targets(StringBuilder md, List<LoadBenchmark.Mode> modes) {
        List<String> lines = new ArrayList<>();
        for (LoadBenchmark.Mode mode : modes) {
            for (LoadBenchmark.Level level : mode.levels()) {
                LoadLevel.Result r = level.clients();
                if (mode.name().equals("postgres") && r.clients() == 16) {
                    lines.add(verdict("16 clients: every call p95 ≤ 250 ms", worstP95(r) <= CALL_P95_MS,
                            "worst " + worstP95Call(r)));
                    lines.add(verdict("16 clients: dashboard p95 ≤ 800 ms", pct(r.dashboards(), 95) <= DASHBOARD_P95_MS,
                            ms(r.dashboards(), 95) + " ms"));
                    lines.add(verdict("16 clients: recording p95 ≤ 10 ms",
                            pct(level.recorded().timings(), 95) <= RECORDING_P95_MS, ms(level.recorded().timings(), 95) + " ms"));
                    lines.add(verdict("16 clients: 0 errors", r.errors() == 0 && recordingErrors(level) == 0,
                            r.errors() + " call errors, " + recordingErrors(level) + " recording errors"));
                }
                if (mode.name().equals("postgres") && r.clients() == 32) {
                    lines.add(verdict("32 clients: no error and no call over 5 s", r.errors() == 0
                            && recordingErrors(level) == 0 && longestMillis(r) <= LONGEST_CALL_MS,
                            r.errors() + " errors, longest call " + longest(r)));
                }
                if (mode.name().equals("demo")) {
                    lines.add(verdict(r.clients() + " client(s) on the demo data: every call p95 < 50 ms",
                            worstP95(r) < DEMO_CALL_P95_MS && r.errors() == 0, "worst " + worstP95Call(r)));
                }
            }
        }
        if (!lines.isEmpty()) {
            md.append("\nTargets:\n\n");
            lines.forEach(line -> md.append("- ").append(line).append('\n'));
        }
    }

    private static String verdict(String target, boolean met, String measured) {
        return target + ": " + measured + " — " + (met ? "met" : "**missed**");
    }

    private static double worstP95(LoadLevel.Result r) {
        return r.perCall().values().stream().filter(t -> t.count() > 0).mapToDouble(t -> t.percentileMillis(95)).max()
                .orElse(0);
    }

    private static String worstP95Call(LoadLevel.Result r) {
        return r.perCall().entrySet().stream().filter(e -> e.getValue().count() > 0)
                .max(java.util.Comparator.comparingDouble(e -> e.getValue().percentileMillis(95)))
                .map(e -> "`" + e.getKey() + "` " + ms(e.getValue(), 95) + " ms").orElse("none");
    }

    private static double longestMillis(LoadLevel.Result r) {
        return r.perCall().values().stream().filter(t -> t.count() > 0).mapToDouble(t -> t.percentileMillis(100)).max()
                .orElse(0);
    }

    private static String longest(LoadLevel.Result r) {
        return format("%.0f ms", longestMillis(r));
    }

    private static double pct(Timings timings, double percent) {
        return timings.count() == 0 ? Double.NaN : timings.percentileMillis(percent);
    }

    private static String ms(Timings timings, double percent) {
        return timings.count() == 0 ? "–" : format("%.1f", timings.percentileMillis(percent));
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
