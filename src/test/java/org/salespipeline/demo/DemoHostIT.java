package org.salespipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.salespipeline.history.StageLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo host serves the app's real REST resources over its Active Objects store, and stops cleanly. */
class DemoHostIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("GET /rest/sales-pipeline/1.0/health answers 200 with the app's name and version")
    void healthAnswers(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database))) {
            HttpResponse<String> response = get(host.baseUrl() + "/rest/sales-pipeline/1.0/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body())
                    .contains("\"name\":\"Sales Pipeline for Jira\"")
                    .contains("\"key\":\"org.salespipeline.sales-pipeline\"")
                    .containsPattern("\"version\":\"\\d+\\.\\d+\\.\\d+[^\"]*\"")
                    .contains("\"pipelines\":2");
        }
    }

    @Test
    @DisplayName("--data loads a history file instead of the default data, through the app's own rebuild")
    void loadsHistoryFile(@TempDir Path database, @TempDir Path files) throws Exception {
        Path file = files.resolve("history.json");
        Files.writeString(file, """
                {"pipelines":[{"project":"ACME","name":"Acme sales","template":"seven-stage","currency":"USD"}],
                 "deals":[{"key":"ACME-1","summary":"Renewal","created":"2026-01-05T09:00:00Z","amount":12000,
                           "history":[{"at":"2026-01-05T09:00:00Z","status":"Prospecting"},
                                      {"at":"2026-02-01T08:00:00Z","status":"Closed Lost","reason":"Price"}]}]}
                """);
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database, file, Instant.parse("2026-06-01T00:00:00Z")))) {
            assertThat(get(host.baseUrl() + "/rest/sales-pipeline/1.0/health").body()).contains("\"pipelines\":1");
            assertThat(host.app().getBean(StageLog.class).changes(1)).hasSize(2);
        }
    }

    @Test
    @DisplayName("the start page says the app is running")
    void startPage(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database))) {
            HttpResponse<String> response = get(host.baseUrl() + "/");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("The app is running");
        }
    }

    @Test
    @DisplayName("closing the host frees its port and its database for the next start")
    void stopsCleanly(@TempDir Path database) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        DemoHost.start(new DemoOptions(port, database)).close();
        try (DemoHost again = DemoHost.start(new DemoOptions(port, database))) {
            assertThat(get(again.baseUrl() + "/rest/sales-pipeline/1.0/health").statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
