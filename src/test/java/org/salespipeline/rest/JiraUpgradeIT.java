package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.salespipeline.demo.JiraPlatform;

/**
 * Upgrading Jira 10.3 to 11.3 with the app installed, on one database: the Jira 10.3 jar sets up and records (its
 * demo data, a changed set-up, BANT notes and checklist ticks), then the Jira 11.3 jar starts on the same tables
 * and answers every question exactly as the Jira 10.3 jar did, and carries on from there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JiraUpgradeIT {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json";

    private static String deal;
    private static long checklistVersion;
    private static Map<String, String> underJira10;
    private static List<String> schemaUnderJira10;
    private static JiraPlatform.RunningApp jira11;
    private static RestClient rest11;

    @BeforeAll
    static void runJira10ThenUpgrade() throws Exception {
        Path database = Files.createTempDirectory("jira-upgrade");
        try (JiraPlatform.RunningApp jira10 = JiraPlatform.JIRA_10.start(database, NOW)) {
            RestClient rest = new RestClient(jira10.baseUrl());
            assertThat(rest.get(null, "/health").json().path("version").asText()).endsWith("-jira10");
            deal = jira10.dealAt("ACME", "Negotiation", 0);
            changeTheSetUp(rest);
            noteAndTick(rest, deal);
            checklistVersion = rest.get("rep", "/deals/" + deal).json().path("checklists").path(0).path("version").asLong();
            underJira10 = answers(rest, jira10);
            schemaUnderJira10 = jira10.columns();
        }
        jira11 = JiraPlatform.JIRA_11.start(database, NOW);
        rest11 = new RestClient(jira11.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (jira11 != null) {
            jira11.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("the Jira 11.3 jar answers every read of set-ups, deals (ticks, notes), metrics and rebuilds as the Jira 10.3 jar did")
    void sameAnswers() {
        Map<String, String> underJira11 = answers(rest11, jira11);

        assertThat(underJira11.keySet()).containsExactlyElementsOf(underJira10.keySet());
        underJira10.forEach((path, answer) -> assertThat(underJira11.get(path)).as(path).isEqualTo(answer));
        JsonNode acme = json(underJira10.get("admin /pipelines/ACME"));
        assertThat(acme.path("name").asText()).isEqualTo("ACME sales, set up on Jira 10");
        JsonNode recorded = json(underJira10.get("rep /deals/" + deal));
        assertThat(recorded.path("checklists").path(0).path("done").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(recorded.path("bant").path("criteria")).hasSize(4)
                .allMatch(line -> line.path("note").asText().startsWith("Noted under Jira 10: "));
        assertThat(recorded.path("bant").path("criteria").path(2).path("mandatory").asBoolean()).as("NEED").isTrue();
    }

    @Test
    @Order(2)
    @DisplayName("the Jira 11.3 jar finds the same plugin key's tables: its Active Objects start changes no table or column")
    void sameTables() {
        assertThat(schemaUnderJira10).isNotEmpty().allMatch(column -> column.startsWith("AO_"));
        assertThat(jira11.columns()).isEqualTo(schemaUnderJira10);
    }

    @Test
    @Order(3)
    @DisplayName("the Jira 11.3 jar carries on: a tick at the checklist version the Jira 10.3 jar left is accepted, a stale one is not")
    void carriesOn() {
        RestClient.Answer tick = rest11.put("rep", "/deals/" + deal + "/checklist/legal-review-done", JSON,
                "{\"stage\":\"NEGOTIATION\",\"ticked\":true,\"version\":" + checklistVersion + "}");
        assertThat(tick.status()).as(String.valueOf(tick.json())).isEqualTo(200);
        assertThat(tick.json().path("checklists").path(0).path("version").asLong()).isEqualTo(checklistVersion + 1);
        RestClient.Answer stale = rest11.put("admin", "/deals/" + deal + "/checklist/discount-approved", JSON,
                "{\"stage\":\"NEGOTIATION\",\"ticked\":true,\"version\":" + checklistVersion + "}");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    @Order(4)
    @DisplayName("health then reports the Jira 11.3 version and the two pipelines set up under Jira 10.3")
    void health() {
        JsonNode health = rest11.get(null, "/health").json();
        assertThat(health.path("version").asText()).isEqualTo(new BuildInfo().version());
        assertThat(health.path("pipelines").asInt()).isEqualTo(2);
    }

    /** The admin renames ACME's pipeline, lowers its BANT threshold, makes NEED mandatory and adds a checklist item. */
    private static void changeTheSetUp(RestClient rest) {
        JsonNode current = rest.get("admin", "/pipelines/ACME").json();
        ObjectNode edit = MAPPER.createObjectNode().put("name", "ACME sales, set up on Jira 10")
                .put("currency", current.path("currency").asText());
        edit.set("stages", current.path("stages"));
        edit.putObject("policy").put("threshold", 2.5).putArray("mandatory").add("NEED");
        ObjectNode checklists = current.path("checklists").deepCopy();
        ((ArrayNode) checklists.path("NEGOTIATION").path("items")).addObject().put("text", "Reference call held")
                .put("required", false);
        edit.set("checklists", checklists);
        RestClient.Answer answer = rest.put("admin", "/pipelines/ACME", JSON, edit.toString());
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(200);
    }

    /** The rep adds notes to the deal's BANT answers as they stand, and ticks two items of its current checklist. */
    private static void noteAndTick(RestClient rest, String key) {
        JsonNode view = rest.get("rep", "/deals/" + key).json();
        ObjectNode bant = MAPPER.createObjectNode();
        for (JsonNode line : view.path("bant").path("criteria")) {
            bant.putObject(line.path("criterion").asText()).put("answer", line.path("answer").asText())
                    .put("note", "Noted under Jira 10: " + line.path("criterion").asText().toLowerCase());
        }
        RestClient.Answer saved = rest.put("rep", "/deals/" + key + "/bant", JSON, bant.toString());
        assertThat(saved.status()).as(String.valueOf(saved.json())).isEqualTo(200);
        for (String item : List.of("pricing-agreed", "objections-answered")) {
            long version = rest.get("rep", "/deals/" + key).json().path("checklists").path(0).path("version").asLong();
            RestClient.Answer tick = rest.put("rep", "/deals/" + key + "/checklist/" + item, JSON,
                    "{\"stage\":\"NEGOTIATION\",\"ticked\":true,\"version\":" + version + "}");
            assertThat(tick.status()).as(item + ": " + tick.json()).isEqualTo(200);
        }
    }

    /** Every read the app answers from its tables, by user and path, as JSON text. */
    private static Map<String, String> answers(RestClient rest, JiraPlatform.RunningApp app) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> adminReads = new ArrayList<>(List.of("/pipelines", "/pipelines/ACME", "/pipelines/GLOBEX",
                "/pipelines/ACME/history/rebuild", "/pipelines/GLOBEX/history/rebuild",
                "/deals/" + app.dealAt("ACME", "Closed Won", 0), "/deals/" + app.dealAt("GLOBEX", "Proposal", 0)));
        for (String metric : List.of("funnel", "velocity", "outcomes", "time-in-stage", "forecast")) {
            adminReads.add("/pipelines/ACME/" + metric + "?from=2025-06-01&to=2026-06-01");
        }
        adminReads.add("/pipelines/ACME/summary");
        adminReads.add("/pipelines/ACME/stalled");
        adminReads.add("/pipelines/GLOBEX/summary");
        for (String path : adminReads) {
            answers.put("admin " + path, read(rest, "admin", path));
        }
        for (String path : List.of("/pipelines", "/deals/" + deal, "/deals/" + app.dealAt("ACME", "Qualification", 0))) {
            answers.put("rep " + path, read(rest, "rep", path));
        }
        return answers;
    }

    private static String read(RestClient rest, String user, String path) {
        RestClient.Answer answer = rest.get(user, path);
        assertThat(answer.status()).as(user + " " + path + ": " + answer.json()).isEqualTo(200);
        return answer.json().toString();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
