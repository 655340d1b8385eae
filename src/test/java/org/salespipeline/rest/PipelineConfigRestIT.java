package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.provisioning.DealFieldSpecs;

/** Reading and replacing a pipeline's whole set-up, and rebuilding its history, through the REST API of the demo demo.host(). */
class PipelineConfigRestIT {

    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.onTheClock("config");


    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /pipelines/ACME/history/rebuild", "PUT, /pipelines/ACME", "PUT, /pipelines/ACME/mapping",
        "POST, /pipelines/ACME/setup", "PUT, /deals/ACME-1/bant", "PUT, /deals/ACME-1/checklist/pricing-agreed"})
    @DisplayName("a form, a multipart upload or plain text sent to a write is refused (415), as another site could send them")
    void writesRefuseWhatBrowsersSendUnasked(String method, String path) {
        for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "text/plain"}) {
            RestClient.Answer answer = method.equals("POST") ? demo.rest().post("admin", path, type, "a=b")
                    : demo.rest().put("admin", path, type, "a=b");
            assertThat(answer.status()).as("%s %s as %s", method, path, type).isEqualTo(415);
        }
    }

    @Test
    @DisplayName("the set-up answers stages with guidance, the mapping, the workflow's statuses, the BANT policy and the checklists")
    void readsTheWholeSetUp() {
        JsonNode acme = demo.rest().get("rep", "/pipelines/ACME").json();

        assertThat(acme.path("stages")).hasSize(7);
        assertThat(acme.path("stages").path(5).path("key").asText()).isEqualTo("NEGOTIATION");
        assertThat(acme.path("stages").path(5).path("guidance").asText()).startsWith("Agree the terms");
        assertThat(acme.path("stages").path(5).path("exitCriteria").asText()).isNotBlank();
        assertThat(acme.path("statuses")).hasSize(10);
        assertThat(acme.path("statuses").path(0).path("category").asText()).isEqualTo("new");
        assertThat(acme.path("unmappedStatuses")).isEmpty();
        assertThat(acme.path("policy").path("threshold").asDouble()).isEqualTo(3.0);
        assertThat(acme.path("policy").path("mandatory")).isEmpty();
        JsonNode negotiation = acme.path("checklists").path("NEGOTIATION").path("items");
        assertThat(negotiation).hasSize(6);
        assertThat(negotiation.path(5).path("id").asText()).isEqualTo("discount-approved");
        assertThat(negotiation.path(5).path("required").asBoolean()).isFalse();
        JsonNode reasons = acme.path("reasonFields");
        assertThat(reasons).hasSize(2);
        assertThat(reasons.path(0).path("name").asText()).isEqualTo(DealFieldSpecs.LOST_REASON);
        assertThat(reasons.path(0).path("state").asText()).isEqualTo("SELECT_LIST");
        assertThat(reasons.path(0).path("options")).extracting(JsonNode::asText).containsExactlyElementsOf(DealFieldSpecs.LOST_REASONS);
        assertThat(reasons.path(0).path("sharedContext").asBoolean()).as("the demo's fields have one context for all").isTrue();
        assertThat(reasons.path(1).path("defaultOptions")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(DealFieldSpecs.DISQUALIFICATION_REASONS);
        assertThat(reasons.path(1).path("adminPage").asText()).startsWith("/secure/admin/ConfigureCustomField!default.jspa");
        JsonNode limits = acme.path("limits");
        assertThat(limits.path("nameMaxLength").asInt()).isEqualTo(80);
        assertThat(limits.path("probability").path("max").asInt()).isEqualTo(100);
        assertThat(limits.path("rotDays").path("min").asInt()).isEqualTo(1);
        assertThat(limits.path("rotDays").path("max").asInt()).isEqualTo(3650);
        assertThat(limits.path("textMaxLength").asInt()).isEqualTo(2000);
        assertThat(limits.path("itemTextMaxLength").asInt()).isEqualTo(255);
    }

    @Test
    @DisplayName("an admin replaces name, currency, stages, mapping, policy and checklists; item ids stay, new items get new ids")
    void adminReplacesTheSetUp() throws Exception {
        JsonNode before = demo.rest().get("admin", "/pipelines/GLOBEX").json();
        List<String> closingIds = ids(before.path("checklists").path("CLOSING").path("items"));
        ObjectNode edit = MAPPER.createObjectNode().put("name", "Globex & <b>partners</b>").put("currency", "EUR");
        ArrayNode stages = edit.putArray("stages");
        stages.add(stage("QUALIFICATION", "Qualification", 15, 10));
        stages.add(stage("PROSPECTING", "Prospecting", 5, 14));
        stages.add(stage("PROPOSAL", "Proposal", 55, 21).put("guidance", "Send the quote within a week."));
        stages.add(stage(null, "Demo Given", 40, 10));
        stages.add(stage("CLOSING", "Closing the deal", 90, 14));
        ArrayNode mapping = edit.putArray("mapping");
        for (String[] line : new String[][] {{"Prospecting", "PROSPECTING"}, {"Qualification", "QUALIFICATION"},
                {"Initial Contact", "QUALIFICATION"}, {"Proposal", "PROPOSAL"}, {"Closing", "CLOSING"}}) {
            mapping.addObject().put("status", line[0]).put("stage", line[1]);
        }
        for (String[] line : new String[][] {{"Closed Won", "WON"}, {"Closed Lost", "LOST"}, {"Disqualified", "DISQUALIFIED"}}) {
            mapping.addObject().put("status", line[0]).put("outcome", line[1]);
        }
        edit.putObject("policy").put("threshold", 2.5).putArray("mandatory").add("NEED").add("BUDGET");
        edit.putObject("removedStages").putObject("INITIAL_CONTACT").put("mapTo", "QUALIFICATION");
        ArrayNode closing = edit.putObject("checklists").putObject("CLOSING").putArray("items");
        before.path("checklists").path("CLOSING").path("items").forEach(item -> closing.add(item.deepCopy()));
        ((ObjectNode) closing.get(0)).put("text", "Both parties signed the contract");
        closing.addObject().put("text", "Invoice sent").put("required", true);

        RestClient.Answer answer = demo.rest().put("admin", "/pipelines/GLOBEX", JSON, edit.toString());

        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(200);
        JsonNode after = demo.rest().get("admin", "/pipelines/GLOBEX").json();
        assertThat(after.path("name").asText()).isEqualTo("Globex & <b>partners</b>");
        assertThat(after.path("currency").asText()).isEqualTo("EUR");
        assertThat(keys(after.path("stages"))).containsExactly("QUALIFICATION", "PROSPECTING", "PROPOSAL", "DEMO_GIVEN", "CLOSING");
        assertThat(after.path("stages").path(4).path("name").asText()).isEqualTo("Closing the deal");
        assertThat(after.path("stages").path(2).path("guidance").asText()).isEqualTo("Send the quote within a week.");
        assertThat(after.path("policy").path("threshold").asDouble()).isEqualTo(2.5);
        assertThat(after.path("policy").path("mandatory")).extracting(JsonNode::asText).containsExactly("BUDGET", "NEED");
        JsonNode items = after.path("checklists").path("CLOSING").path("items");
        assertThat(ids(items).subList(0, 4)).isEqualTo(closingIds);
        assertThat(items.path(0).path("text").asText()).isEqualTo("Both parties signed the contract");
        assertThat(items.path(4).path("text").asText()).isEqualTo("Invoice sent");
        assertThat(items.path(4).path("id").asText()).isNotBlank().isNotIn(closingIds);
        assertThat(after.path("checklists").has("NEGOTIATION")).isFalse();
        assertThat(after.path("unmappedStatuses")).isEmpty();
    }

    @Test
    @DisplayName("every invalid field is reported by its path, and nothing is saved")
    void invalidFieldsSaveNothing() throws Exception {
        String before = demo.rest().get("admin", "/pipelines/ACME").json().toString();
        JsonNode current = demo.rest().get("admin", "/pipelines/ACME").json();
        ObjectNode edit = MAPPER.createObjectNode().put("name", "ACME sales").put("currency", "USD");
        ArrayNode stages = edit.putArray("stages");
        current.path("stages").forEach(stage -> {
            if (!stage.path("key").asText().equals("INITIAL_CONTACT")) {
                stages.add(stage.deepCopy());
            }
        });
        ((ObjectNode) stages.get(1)).put("probability", 150);
        ((ObjectNode) stages.get(2)).put("name", "N".repeat(81));
        ((ObjectNode) stages.get(3)).put("rotDays", 0).put("guidance", "g".repeat(2001));
        edit.putObject("policy").put("threshold", 5).putArray("mandatory").add("MONEY");
        ObjectNode checklists = edit.putObject("checklists");
        ArrayNode negotiation = checklists.putObject("NEGOTIATION").putArray("items");
        negotiation.addObject().put("id", "objections-answered").put("text", "Objections answered").put("required", true);
        negotiation.addObject().put("text", " ").put("required", true);
        negotiation.addObject().put("id", "no-such-item").put("text", "Made up");
        checklists.putObject("NOWHERE").putArray("items").addObject().put("text", "Lost item");

        RestClient.Answer answer = demo.rest().put("admin", "/pipelines/ACME", JSON, edit.toString());

        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("stages[1].probability", "stages[2].name", "stages[3].rotDays",
                "stages[3].guidance", "policy.threshold", "policy.mandatory[0]",
                "checklists.NEGOTIATION.items[1].text", "checklists.NEGOTIATION.items[2].id", "checklists.NOWHERE");
        assertThat(demo.rest().get("admin", "/pipelines/ACME").json().toString()).isEqualTo(before);
    }

    @Test
    @DisplayName("numbers are whole and in range, names 1 to 80 characters and unique: each field refused with its rule, nothing saved")
    void numbersAndNamesPerField() {
        PipelineConfig before = stored("ACME");
        JsonNode current = demo.rest().get("admin", "/pipelines/ACME").json();
        ObjectNode edit = MAPPER.createObjectNode().put("name", "   ").put("currency", "USD");
        ArrayNode stages = edit.putArray("stages");
        current.path("stages").forEach(stage -> stages.add(stage.deepCopy()));
        ((ObjectNode) stages.get(0)).put("probability", new java.math.BigDecimal("33.3"));
        ((ObjectNode) stages.get(1)).put("rotDays", new java.math.BigDecimal("1.5"));
        ((ObjectNode) stages.get(2)).put("rotDays", 99999999999L);
        ((ObjectNode) stages.get(3)).put("probability", -1).put("name", " prospecting ");
        ((ObjectNode) stages.get(4)).put("rotDays", 3651).put("name", "x".repeat(81));

        RestClient.Answer answer = demo.rest().put("admin", "/pipelines/ACME", JSON, edit.toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorLines()).containsExactly(
                "stages[0].probability: Probability must be a whole number from 0 to 100, not 33.3.",
                "stages[1].rotDays: Rot days must be a whole number from 1 to 3650, not 1.5.",
                "stages[2].rotDays: Rot days must be a whole number from 1 to 3650, not 99999999999.",
                "stages[3].probability: Probability must be a whole number from 0 to 100, not -1.",
                "stages[4].rotDays: Rot days must be a whole number from 1 to 3650, not 3651.",
                "name: Pipeline name must not be blank",
                "stages[3].name: Stage name prospecting is already used by stages[0]",
                "stages[4].name: Stage name must be at most 80 characters");
        assertThat(stored("ACME").pipeline()).isEqualTo(before.pipeline());
        assertThat(stored("ACME").mapping()).isEqualTo(before.mapping());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{\"name\": |cut short", "[1, 2, 3]|an array", "{\"stages\": \"many\"}|stages as text",
        "{\"stages\": [{\"name\": \"A\", \"probability\": {\"value\": 5}}]}|a number as an object"})
    @DisplayName("a body that is not the JSON the call expects gets one general error, without the parser's words, and nothing is saved")
    void unexpectedJson(String body, String what) {
        PipelineConfig before = stored("ACME");

        RestClient.Answer answer = demo.rest().put("admin", "/pipelines/ACME", JSON, body);

        assertThat(answer.status()).as(what).isEqualTo(400);
        assertThat(answer.json().path("errors")).hasSize(1);
        assertThat(answer.json().path("errors").path(0).path("field").isNull()).isTrue();
        assertThat(answer.firstError()).isEqualTo("The request body is not the JSON this call expects; nothing was saved.");
        assertThat(stored("ACME").pipeline()).isEqualTo(before.pipeline());
    }

    @Test
    @DisplayName("only Jira admins may replace a set-up: anonymous 401, a rep 403, out of reach or without pipeline 404; JSON only")
    void whoMayReplace() {
        String body = "{\"name\":\"x\",\"currency\":\"USD\",\"stages\":[]}";
        assertThat(demo.rest().put(null, "/pipelines/ACME", JSON, body).status()).isEqualTo(401);
        assertThat(demo.rest().put("rep", "/pipelines/ACME", JSON, body).status()).isEqualTo(403);
        assertThat(demo.rest().put("rep", "/pipelines/GLOBEX", JSON, body).status()).isEqualTo(404);
        assertThat(demo.rest().put("admin", "/pipelines/INITECH", JSON, body).status()).isEqualTo(404);
        assertThat(demo.rest().put("admin", "/pipelines/ACME", "text/plain", body).status()).isEqualTo(415);
        RestClient.Answer wrongType = demo.rest().put("admin", "/pipelines/ACME", JSON,
                "{\"name\":\"x\",\"currency\":\"USD\",\"stages\":[{\"key\":\"A\",\"name\":\"A\",\"probability\":\"high\",\"rotDays\":3}]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.firstError()).contains("JSON");
    }

    @Test
    @DisplayName("an admin starts a history rebuild (202) and its progress runs to FINISHED with every deal done")
    void rebuildRunsToTheEnd() throws Exception {
        assertThat(demo.rest().post("rep", "/pipelines/ACME/history/rebuild").status()).isEqualTo(403);
        assertThat(demo.rest().get(null, "/pipelines/ACME/history/rebuild").status()).isEqualTo(401);
        Instant asked = Instant.now().minusSeconds(1);

        RestClient.Answer started = demo.rest().post("admin", "/pipelines/ACME/history/rebuild");

        assertThat(started.status()).isIn(200, 202);
        assertThat(started.json().path("state").asText()).isIn("QUEUED", "RUNNING");
        JsonNode progress = awaitEnd();
        assertThat(progress.path("state").asText()).isEqualTo("FINISHED");
        assertThat(progress.path("done").asInt()).isEqualTo(progress.path("total").asInt()).isPositive();
        assertThat(progress.path("fraction").asDouble()).isEqualTo(1.0);
        assertThat(Instant.parse(progress.path("startedAt").asText())).isAfter(asked);
        assertThat(Instant.parse(progress.path("finishedAt").asText())).isAfterOrEqualTo(Instant.parse(progress.path("startedAt").asText()));
    }

    private static JsonNode awaitEnd() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode progress = demo.rest().get("rep", "/pipelines/ACME/history/rebuild").json();
            if (!List.of("QUEUED", "RUNNING").contains(progress.path("state").asText())) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The rebuild did not end within 60 s");
    }

    private static PipelineConfig stored(String projectKey) {
        return demo.host().app().getBean(PipelineDirectory.class).find(projectKey).orElseThrow();
    }

    private static ObjectNode stage(String key, String name, int probability, int rotDays) {
        ObjectNode stage = MAPPER.createObjectNode();
        stage.put("key", key).put("name", name).put("probability", probability).put("rotDays", rotDays);
        return stage;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> keys(JsonNode stages) {
        List<String> keys = new ArrayList<>();
        stages.forEach(stage -> keys.add(stage.path("key").asText()));
        return keys;
    }
}
