package org.salespipeline.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The REST calls a dashboard with one of every gadget makes as it loads, and those of the board's first render, as
 * the pages' own scripts make them: read by running those scripts under Node ({@code page-calls.js}), so that a new
 * gadget or call is measured without a second list. Each page is a list of waves; the calls of one wave go out
 * together, each wave once the one before has been answered.
 *
 * @param gadgets the dashboard items of the descriptor
 */
record PageCalls(List<String> gadgets, List<List<String>> dashboard, List<List<String>> board) {

    /** Every path starts here; the report names calls without it. */
    static final String REST_BASE = "/rest/sales-pipeline/1.0";

    static PageCalls read(LoadOptions options, String project, String boardProject, Instant now)
            throws IOException, InterruptedException {
        Path script = options.pageCalls().toAbsolutePath();
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("The pages' calls are read by " + script + ", which is missing");
        }
        Process node = new ProcessBuilder(options.node(), script.toString(), "--project=" + project,
                "--board-project=" + boardProject, "--days=90", "--now=" + now, "--time-zone=UTC")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = node.getInputStream().readAllBytes();
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new IllegalStateException("Reading the pages' calls with " + options.node() + " " + script + " failed");
        }
        JsonNode answer = new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
        List<String> gadgets = new ArrayList<>();
        answer.path("gadgets").forEach(gadget -> gadgets.add(gadget.asText()));
        PageCalls calls = new PageCalls(List.copyOf(gadgets), waves(answer.path("dashboard")), waves(answer.path("board")));
        if (calls.gadgets().isEmpty() || calls.dashboard().isEmpty() || calls.board().isEmpty()) {
            throw new IllegalStateException("The pages' scripts made no calls: " + answer);
        }
        return calls;
    }

    private static List<List<String>> waves(JsonNode calls) {
        List<List<String>> waves = new ArrayList<>();
        for (JsonNode call : calls) {
            int wave = call.path("wave").asInt();
            while (waves.size() <= wave) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(call.path("path").asText());
        }
        return waves.stream().filter(wave -> !wave.isEmpty()).map(List::copyOf).toList();
    }

    /** A call as the report names it: its path below the REST base, without the query. */
    static String endpoint(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return bare.startsWith(REST_BASE) ? bare.substring(REST_BASE.length()) : bare;
    }

    int dashboardCallCount() {
        return dashboard.stream().mapToInt(List::size).sum();
    }

    int boardCallCount() {
        return board.stream().mapToInt(List::size).sum();
    }
}
