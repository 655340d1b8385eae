package org.salespipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
                    .contains("\"pipelines\":0");
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
