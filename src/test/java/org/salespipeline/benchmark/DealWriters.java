package org.salespipeline.benchmark;

import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoIssue;
import org.salespipeline.demo.DemoJira;
import org.salespipeline.jira.DealFields;
import org.salespipeline.pipeline.MappedStatus;

/**
 * Reps moving deals while managers load dashboards: writer threads that together make a fixed number of changes per
 * second, alternately a status change (a transition through the demo's workflow, which runs the transition's
 * validators and hands the issue event to the app's listener, as a Jira transition does) and a field change (an edit
 * of the deal's amount, whose event the same listener handles). Each writer has deals of its own, which it moves
 * between the pipeline's first two stages (no transition into them has a check that could refuse the move).
 */
final class DealWriters {

    private final DemoHost host;
    private final int writers;
    private final long periodMicros;
    private final String firstStatus;
    private final String secondStatus;
    private final List<List<String>> dealsByWriter = new ArrayList<>();
    private final ApplicationUser rep;
    private final com.atlassian.jira.issue.fields.CustomField amountField;
    private final int[] next;

    private ScheduledExecutorService executor;
    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    private Timings recordings;
    private final AtomicInteger statusChanges = new AtomicInteger();
    private final AtomicInteger fieldChanges = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> firstErrors = new ArrayList<>();

    DealWriters(DemoHost host, String project, int writers, int changesPerSecond) {
        this.host = host;
        this.writers = writers;
        this.periodMicros = 1_000_000L * writers / changesPerSecond;
        PipelineConfig config = host.app().getBean(PipelineDirectory.class).find(project).orElseThrow();
        String first = config.pipeline().stages().get(0).key();
        String second = config.pipeline().stages().get(1).key();
        this.firstStatus = statusOf(config, first);
        this.secondStatus = statusOf(config, second);
        for (int w = 0; w < writers; w++) {
            dealsByWriter.add(new ArrayList<>());
        }
        int index = 0;
        for (DemoIssue issue : host.jira().issues()) {
            String status = issue.getStatus() == null ? null : issue.getStatus().getName();
            if (issue.getProjectObject().getKey().equals(project) && (firstStatus.equals(status) || secondStatus.equals(status))) {
                dealsByWriter.get(index++ % writers).add(issue.getKey());
            }
        }
        if (dealsByWriter.get(writers - 1).isEmpty()) {
            throw new IllegalStateException(project + " has too few deals in " + firstStatus + " and " + secondStatus
                    + " for " + writers + " writers");
        }
        this.rep = host.jira().authenticate(DemoJira.ADMIN, DemoJira.ADMIN);
        this.amountField = host.jira().customFieldManager().getCustomFieldObjectsByName(DealFields.AMOUNT).iterator().next();
        this.next = new int[writers];
    }

    private static String statusOf(PipelineConfig config, String stageKey) {
        return config.mapping().lines().stream().filter(line -> line.target().isOpenStage()
                && line.target().stageKey().equals(stageKey)).map(MappedStatus::statusId).findFirst().orElseThrow();
    }

    /** Starts the writers, spread evenly over each period. */
    synchronized void start() {
        recordings = new Timings();
        statusChanges.set(0);
        fieldChanges.set(0);
        errors.set(0);
        firstErrors.clear();
        executor = new ScheduledThreadPoolExecutor(writers, runnable -> {
            Thread thread = new Thread(runnable, "load-writer");
            thread.setDaemon(true);
            return thread;
        });
        for (int w = 0; w < writers; w++) {
            int writer = w;
            AtomicInteger tick = new AtomicInteger();
            running.add(executor.scheduleAtFixedRate(() -> write(writer, tick.getAndIncrement()),
                    periodMicros * w / writers, periodMicros, TimeUnit.MICROSECONDS));
        }
    }

    /** Stops the writers and answers what they recorded since they started. */
    synchronized Recorded stop() throws InterruptedException {
        running.forEach(future -> future.cancel(false));
        running.clear();
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("A writer did not finish its change within 30 s");
        }
        synchronized (recordings) {
            return new Recorded(recordings, statusChanges.get(), fieldChanges.get(), errors.get(), List.copyOf(firstErrors));
        }
    }

    private void write(int writer, int tick) {
        List<String> deals = dealsByWriter.get(writer);
        String key = deals.get(next[writer]++ % deals.size());
        boolean status = tick % 2 == 0;
        try {
            long start = System.nanoTime();
            List<String> refusals = new ArrayList<>();
            host.jira().runAs(rep, () -> {
                try {
                    if (status) {
                        String now = host.jira().issue(key).getStatus().getName();
                        refusals.addAll(host.workflow().transition(key, now.equals(firstStatus) ? secondStatus : firstStatus,
                                Map.of()));
                    } else {
                        Object amount = host.jira().issue(key).getCustomFieldValue(amountField);
                        double before = amount instanceof Number number ? number.doubleValue() : 10_000;
                        host.workflow().edit(key, Map.of(DealFields.AMOUNT, Math.round(before * 1.05 + 1) * 1.0));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long elapsed = System.nanoTime() - start;
            if (!refusals.isEmpty()) {
                failed(key + ": refused: " + refusals);
                return;
            }
            synchronized (recordings) {
                recordings.add(elapsed);
            }
            (status ? statusChanges : fieldChanges).incrementAndGet();
        } catch (RuntimeException e) {
            failed(key + ": " + e);
        }
    }

    private void failed(String what) {
        errors.incrementAndGet();
        synchronized (firstErrors) {
            if (firstErrors.size() < 5) {
                firstErrors.add(what);
            }
        }
    }

    /** What the writers did between start and stop: each change's time to record, and what failed. */
    record Recorded(Timings timings, int statusChanges, int fieldChanges, int errors, List<String> firstErrors) {
    }
}
