package org.salespipeline.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls the app's REST API as a given demo user (or anonymously) and reads the JSON answer; writes carry
 * {@code X-Atlassian-Token: no-check}, as the app's scripts send it.
 */
final class RestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    RestClient(String baseUrl) {
        this.base = baseUrl + "/rest/sales-pipeline/1.0";
    }

    Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer put(String user, String path, String contentType, String body) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("X-Atlassian-Token", "no-check").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer post(String user, String path, String contentType, String body) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET whose answer is not JSON, such as a file download: status, headers and the body as text. */
    HttpResponse<String> download(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer post(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Answer send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP status with its JSON body. */
    record Answer(int status, JsonNode json) {
        String firstError() {
            return json.path("errors").path(0).path("message").asText();
        }

        String firstErrorField() {
            return json.path("errors").path(0).path("field").asText();
        }

        /** The fields of the errors, in order. */
        java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json.path("errors").forEach(error -> fields.add(error.path("field").asText()));
            return fields;
        }

        /** Each error as "field: message", in order. */
        java.util.List<String> errorLines() {
            java.util.List<String> lines = new java.util.ArrayList<>();
            json.path("errors").forEach(error -> lines.add(error.path("field").asText() + ": " + error.path("message").asText()));
            return lines;
        }
    }
}
