package org.salespipeline.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.salespipeline.demo.DemoJira;

/**
 * One level of load: a number of clients on loopback, each loading the dashboard (one of every gadget) and then the
 * board's first render, again and again until the level's time is up. A client sends each page's calls as the page's
 * scripts do, wave by wave, the calls of a wave at once over at most its connections; it starts no page after the
 * time is up, and finishes the one it is in.
 */
final class LoadLevel {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final PageCalls calls;
    private final int connectionsPerClient;
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString((DemoJira.ADMIN + ":" + DemoJira.ADMIN).getBytes(StandardCharsets.UTF_8));

    private final Map<String, Timings> perCall = new TreeMap<>();
    private final Map<String, AtomicInteger> errorsPerCall = new TreeMap<>();
    private final Timings dashboards = new Timings();
    private final Timings boards = new Timings();
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> firstErrors = new ArrayList<>();

    LoadLevel(String baseUrl, PageCalls calls, int connectionsPerClient) {
        this.baseUrl = baseUrl;
        this.calls = calls;
        this.connectionsPerClient = connectionsPerClient;
        for (List<List<String>> page : List.of(calls.dashboard(), calls.board())) {
            page.forEach(wave -> wave.forEach(path -> {
                perCall.put(PageCalls.endpoint(path), new Timings());
                errorsPerCall.put(PageCalls.endpoint(path), new AtomicInteger());
            }));
        }
    }

    /** What one level measured. */
    record Result(int clients, double seconds, Map<String, Timings> perCall, Map<String, Integer> errorsPerCall,
            Timings dashboards, Timings boards, int errors, List<String> firstErrors) {
    }

    Result run(int clients, Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> client(deadline), "load-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> errorCounts = new TreeMap<>();
        errorsPerCall.forEach((call, count) -> errorCounts.put(call, count.get()));
        synchronized (firstErrors) {
            return new Result(clients, seconds, perCall, errorCounts, dashboards, boards, errors.get(),
                    List.copyOf(firstErrors));
        }
    }

    private void client(long deadline) {
        ExecutorService connections = Executors.newFixedThreadPool(connectionsPerClient, runnable -> {
            Thread thread = new Thread(runnable, "load-connection");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            while (System.nanoTime() < deadline) {
                long started = System.nanoTime();
                load(http, connections, calls.dashboard());
                add(dashboards, System.nanoTime() - started);
                started = System.nanoTime();
                load(http, connections, calls.board());
                add(boards, System.nanoTime() - started);
            }
        } finally {
            connections.shutdownNow();
        }
    }

    private void load(HttpClient http, ExecutorService connections, List<List<String>> waves) {
        for (List<String> wave : waves) {
            List<Future<?>> sent = new ArrayList<>();
            for (String path : wave) {
                sent.add(connections.submit(() -> call(http, path)));
            }
            for (Future<?> call : sent) {
                try {
                    call.get();
                } catch (Exception e) {
                    failed(path(wave), "the call did not finish: " + e);
                }
            }
        }
    }

    private static String path(List<String> wave) {
        return wave.get(0);
    }

    private void call(HttpClient http, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(CALL_TIMEOUT)
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            long elapsed = System.nanoTime() - started;
            add(perCall.get(PageCalls.endpoint(path)), elapsed);
            if (response.statusCode() / 100 != 2) {
                failed(path, "HTTP " + response.statusCode());
            }
        } catch (Exception e) {
            add(perCall.get(PageCalls.endpoint(path)), System.nanoTime() - started);
            failed(path, e.toString());
        }
    }

    private static void add(Timings timings, long nanos) {
        synchronized (timings) {
            timings.add(nanos);
        }
    }

    private void failed(String path, String what) {
        errors.incrementAndGet();
        errorsPerCall.get(PageCalls.endpoint(path)).incrementAndGet();
        synchronized (firstErrors) {
            if (firstErrors.size() < 5) {
                firstErrors.add(path + ": " + what);
            }
        }
    }
}
