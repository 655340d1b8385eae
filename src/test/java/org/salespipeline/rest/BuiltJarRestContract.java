package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.JdkHttpHost;
import org.salespipeline.demo.JiraPlatform;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.metrics.FunnelReport;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.ReferenceMetrics;
import org.salespipeline.metrics.Window;

/**
 * The REST API of a built jar, started in class loaders of its own on its platform's JAX-RS runtime and Spring (see
 * {@link JiraPlatform}), with the demo's data at a fixed instant: health, a metric with good and bad parameters,
 * reading a deal, the writes the issue panel makes, and refused writes. A subclass names the platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BuiltJarRestContract {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String JSON = "application/json";

    private JiraPlatform.RunningApp app;
    private RestClient rest;

    /** The platform whose jar this suite runs. */
    abstract JiraPlatform platform();

    /** The version the jar reports, given the build's version. */
    abstract String expectedVersion(String buildVersion);

    JiraPlatform.RunningApp app() {
        return app;
    }

    @BeforeAll
    void start() throws Exception {
        app = platform().start(Files.createTempDirectory("built-jar-rest"), NOW);
        rest = new RestClient(app.baseUrl());
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    @Test
    @DisplayName("health answers anyone with the app's name, plugin key, this jar's version and the pipelines stored")
    void health() {
        RestClient.Answer answer = rest.get(null, "/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("name").asText()).isEqualTo("Sales Pipeline for Jira");
        assertThat(answer.json().path("key").asText()).isEqualTo("org.salespipeline.sales-pipeline");
        assertThat(answer.json().path("version").asText()).isEqualTo(expectedVersion(new BuildInfo().version()))
                .isEqualTo(app.version());
        assertThat(answer.json().path("pipelines").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("the funnel answers the reference's counts for every stage, in pipeline order with WON last")
    void funnel() {
        RestClient.Answer answer = rest.get("admin", "/pipelines/ACME/funnel?from=2025-06-01&to=2026-06-01");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("from").asText()).isEqualTo("2025-06-01T00:00:00Z");
        assertThat(keys(json.path("stages"))).containsExactly("PROSPECTING", "QUALIFICATION", "INITIAL_CONTACT",
                "NEEDS_ASSESSMENT", "PROPOSAL", "NEGOTIATION", "CLOSING", "WON");
        FunnelReport expected = reference().funnel(acme().pipeline(), new Window(Instant.parse("2025-06-01T00:00:00Z"), NOW),
                OwnerFilter.any());
        assertThat(json.path("cohort").asInt()).isEqualTo(expected.cohort()).isPositive();
        for (int i = 0; i < expected.steps().size(); i++) {
            assertThat(json.path("stages").path(i).path("reached").asInt()).isEqualTo(expected.steps().get(i).reached());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/funnel?from=yesterday", "/funnel?from=2026-06-01&to=2026-01-01", "/summary?at=soon",
        "/stalled?limit=0"})
    @DisplayName("bad metric parameters get 400 naming the parameter, in the API's JSON error shape")
    void badMetricParameters(String query) {
        RestClient.Answer answer = rest.get("admin", "/pipelines/ACME" + query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstErrorField()).isIn("from", "to", "at", "limit");
        assertThat(answer.firstError()).isNotBlank();
    }

    @Test
    @DisplayName("metrics: anonymous gets 401, a project out of reach 404, an unknown resource 404 in the same shape")
    void metricAccess() {
        assertThat(rest.get(null, "/pipelines/ACME/funnel").status()).isEqualTo(401);
        assertThat(rest.get("rep", "/pipelines/GLOBEX/funnel").status()).isEqualTo(404);
        RestClient.Answer unknown = rest.get("admin", "/pipelines/ACME/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.firstError()).isEqualTo("Not found.");
    }

    @Test
    @DisplayName("a deal reads with its stage path, probability, the current checklist first and whether it may be edited")
    void readsADeal() {
        RestClient.Answer answer = rest.get("rep", "/deals/" + app.dealAt("ACME", "Negotiation", 0));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode deal = answer.json();
        List<String> states = new ArrayList<>();
        deal.path("path").forEach(step -> states.add(step.path("key").asText() + "=" + step.path("state").asText()));
        assertThat(states).containsExactly("PROSPECTING=PASSED", "QUALIFICATION=PASSED", "INITIAL_CONTACT=PASSED",
                "NEEDS_ASSESSMENT=PASSED", "PROPOSAL=PASSED", "NEGOTIATION=CURRENT", "CLOSING=AHEAD");
        assertThat(deal.path("probability").asInt()).isEqualTo(70);
        assertThat(deal.path("checklists").path(0).path("stage").asText()).isEqualTo("NEGOTIATION");
        assertThat(deal.path("canEdit").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("the panel's writes: BANT answers with a note, and a tick at the version read, are saved and read back")
    void writes() {
        String key = app.dealAt("ACME", "Negotiation", 1);
        RestClient.Answer bant = rest.put("rep", "/deals/" + key + "/bant", JSON,
                "{\"BUDGET\":{\"answer\":\"CONFIRMED\",\"note\":\"Budget signed off\"}}");
        assertThat(bant.status()).isEqualTo(200);
        assertThat(bant.json().path("bant").path("criteria").path(0).path("note").asText()).isEqualTo("Budget signed off");

        long version = bant.json().path("checklists").path(0).path("version").asLong();
        RestClient.Answer tick = rest.put("rep", "/deals/" + key + "/checklist/pricing-agreed", JSON,
                "{\"ticked\":true,\"version\":" + version + "}");
        assertThat(tick.status()).isEqualTo(200);
        JsonNode read = rest.get("rep", "/deals/" + key).json();
        assertThat(read.path("checklists").path(0).path("version").asLong()).isEqualTo(version + 1);
        assertThat(item(read.path("checklists").path(0), "pricing-agreed").path("changedBy").asText()).isEqualTo("rep");
        assertThat(read.path("bant").path("criteria").path(0).path("answer").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    @DisplayName("refused writes: anonymous 401, not an admin 403, out of reach 404, bad answers 400, not JSON 415; none changes anything")
    void refusedWrites() {
        String key = app.dealAt("ACME", "Qualification", 0);
        String globex = app.dealAt("GLOBEX", "Proposal", 0);
        String before = rest.get("rep", "/deals/" + key).json().toString();
        String answer = "{\"NEED\":{\"answer\":\"CONFIRMED\"}}";

        assertThat(rest.put(null, "/deals/" + key + "/bant", JSON, answer).status()).isEqualTo(401);
        RestClient.Answer notAdmin = rest.put("rep", "/pipelines/ACME", JSON, "{}");
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.firstError()).contains("administrators");
        RestClient.Answer outOfReach = rest.put("rep", "/deals/" + globex + "/bant", JSON, answer);
        assertThat(outOfReach.status()).isEqualTo(404);
        assertThat(outOfReach.firstErrorField()).isEqualTo("issueKey");
        RestClient.Answer bad = rest.put("rep", "/deals/" + key + "/bant", JSON,
                "{\"BUDGET\":{\"answer\":\"CONFIRMED\"},\"NEED\":{\"answer\":\"SURE\"},\"BOGUS\":{\"answer\":\"CONFIRMED\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(List.of(bad.json().path("errors").path(0).path("field").asText(),
                bad.json().path("errors").path(1).path("field").asText())).containsExactly("NEED.answer", "BOGUS");
        RestClient.Answer notJson = rest.put("rep", "/deals/" + key + "/bant", "application/xml", "<NEED>CONFIRMED</NEED>");
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.firstError()).isEqualTo("Send JSON (Content-Type: application/json).");

        assertThat(rest.get("rep", "/deals/" + key).json().toString()).isEqualTo(before);
        assertThat(rest.get("admin", "/deals/" + globex).status()).isEqualTo(200);
    }

    private static JsonNode item(JsonNode checklist, String id) {
        for (JsonNode item : checklist.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("No checklist item " + id + " in " + checklist);
    }

    private static List<String> keys(JsonNode stages) {
        List<String> keys = new ArrayList<>();
        stages.forEach(stage -> keys.add(stage.path("key").asText()));
        return keys;
    }

    private static HistoryFile data() {
        return JdkHttpHost.data(NOW);
    }

    private static PipelineConfig acme() {
        return data().pipelines().get(0).config();
    }

    private static ReferenceMetrics reference() {
        return ReferenceMetrics.of(acme().mapping(), data().deals().stream()
                .filter(d -> d.projectKey().equals("ACME")).map(DealSpec::toRecord).toList());
    }
}
