package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.history.StageHoldings;
import org.salespipeline.history.StageLog;
import org.salespipeline.pipeline.StageRef;

/** Changes that alter the figures unexpectedly answer 409 and save nothing until the request confirms them. */
class PipelineConfirmationsRestIT {

    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.onTheClock("confirm");


    @Test
    @DisplayName("mapping a Done status to an open stage, or an open status to an outcome, answers 409 naming each line until confirmed")
    void mappingAgainstTheCategoryNeedsConfirm() {
        PipelineConfig before = stored("GLOBEX");
        ObjectNode request = MAPPER.createObjectNode();
        ArrayNode mapping = globexMapping(request.putArray("mapping"), "Closed Lost", "CLOSING", "Proposal", "LOST");

        RestClient.Answer asked = demo.rest().put("admin", "/pipelines/GLOBEX/mapping", JSON, request.toString());

        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.errorFields()).containsExactly("mapping[" + indexOf(mapping, "Proposal") + "]",
                "mapping[" + indexOf(mapping, "Closed Lost") + "]");
        assertThat(asked.json().path("errors").path(1).path("message").asText()).contains("Closed Lost", "Done", "Closing");
        assertThat(asked.json().path("confirmWith")).extracting(JsonNode::asText).containsExactly("confirm");
        assertThat(stored("GLOBEX").mapping()).isEqualTo(before.mapping());

        request.put("confirm", true);
        RestClient.Answer saved = demo.rest().put("admin", "/pipelines/GLOBEX/mapping", JSON, request.toString());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(stored("GLOBEX").mapping().lookup("Closed Lost")).contains(StageRef.stage("CLOSING"));
    }

    @Test
    @DisplayName("the whole set-up's PUT asks the same for a mapping it sends, and saves once it says \"confirm\": true")
    void fullEditAsksForItsMappingToo() {
        JsonNode current = demo.rest().get("admin", "/pipelines/GLOBEX").json();
        ObjectNode edit = MAPPER.createObjectNode().put("name", current.path("name").asText())
                .put("currency", current.path("currency").asText());
        edit.set("stages", current.path("stages").deepCopy());
        globexMapping(edit.putArray("mapping"), "Disqualified", "PROPOSAL", null, null);
        PipelineConfig before = stored("GLOBEX");

        RestClient.Answer asked = demo.rest().put("admin", "/pipelines/GLOBEX", JSON, edit.toString());

        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.json().path("errors")).hasSize(1);
        assertThat(asked.firstError()).contains("Disqualified", "Done", "Proposal");
        assertThat(stored("GLOBEX").mapping()).isEqualTo(before.mapping());

        edit.put("confirm", true);
        assertThat(demo.rest().put("admin", "/pipelines/GLOBEX", JSON, edit.toString()).status()).isEqualTo(200);
        assertThat(stored("GLOBEX").mapping().lookup("Disqualified")).contains(StageRef.stage("PROPOSAL"));
    }

    @Test
    @DisplayName("removing a stage that holds open deals answers 409 with its deals and stays, until told where its statuses go")
    void removingAStageWithDealsAsksWhereItsStatusesGo() {
        StageHoldings holdings = demo.host().app().getBean(StageLog.class).holdings("ACME", "PROPOSAL");
        assertThat(holdings.openDeals()).as("the demo has open deals in Proposal").isPositive();
        JsonNode current = demo.rest().get("admin", "/pipelines/ACME").json();
        ObjectNode edit = MAPPER.createObjectNode().put("name", current.path("name").asText())
                .put("currency", current.path("currency").asText());
        ArrayNode stages = edit.putArray("stages");
        current.path("stages").forEach(stage -> {
            if (!stage.path("key").asText().equals("PROPOSAL")) {
                stages.add(stage.deepCopy());
            }
        });
        PipelineConfig before = stored("ACME");

        RestClient.Answer asked = demo.rest().put("admin", "/pipelines/ACME", JSON, edit.toString());

        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.errorFields()).containsExactly("removedStages.PROPOSAL");
        assertThat(asked.firstError()).contains(holdings.openDeals() + " open deals", holdings.stays() + " logged stays",
                "Proposal", "removedStages.PROPOSAL.mapTo");
        assertThat(asked.json().path("confirmWith")).extracting(JsonNode::asText).containsExactly("removedStages");
        assertThat(stored("ACME").pipeline()).isEqualTo(before.pipeline());
        assertThat(demo.host().app().getBean(StageLog.class).holdings("ACME", "PROPOSAL")).isEqualTo(holdings);

        edit.putObject("removedStages").putObject("PROPOSAL").put("mapTo", "NOWHERE");
        RestClient.Answer wrongPlace = demo.rest().put("admin", "/pipelines/ACME", JSON, edit.toString());
        assertThat(wrongPlace.status()).isEqualTo(400);
        assertThat(wrongPlace.errorFields()).containsExactly("removedStages.PROPOSAL.mapTo");

        ((ObjectNode) edit.path("removedStages").path("PROPOSAL")).put("mapTo", "NEGOTIATION");
        RestClient.Answer saved = demo.rest().put("admin", "/pipelines/ACME", JSON, edit.toString());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(stored("ACME").pipeline().stage("PROPOSAL")).isEmpty();
        assertThat(stored("ACME").mapping().lookup("Proposal")).contains(StageRef.stage("NEGOTIATION"));
        assertThat(demo.host().app().getBean(StageLog.class).holdings("ACME", "PROPOSAL").openDeals()).isZero();
    }

    @Test
    @DisplayName("a removed stage's statuses that the sent mapping leaves out, as the edit page sends it, go where removedStages says")
    void sentMappingLeavesTheRemovedStagesStatusesToTheAnswer() {
        StageHoldings holdings = demo.host().app().getBean(StageLog.class).holdings("ACME", "NEEDS_ASSESSMENT");
        assertThat(holdings.openDeals()).as("the demo has open deals in Needs Assessment").isPositive();
        JsonNode current = demo.rest().get("admin", "/pipelines/ACME").json();
        ObjectNode edit = MAPPER.createObjectNode().put("name", current.path("name").asText())
                .put("currency", current.path("currency").asText());
        ArrayNode stages = edit.putArray("stages");
        current.path("stages").forEach(stage -> {
            if (!stage.path("key").asText().equals("NEEDS_ASSESSMENT")) {
                stages.add(stage.deepCopy());
            }
        });
        ArrayNode mapping = edit.putArray("mapping");
        current.path("mapping").forEach(line -> {
            if (!line.path("stage").asText().equals("NEEDS_ASSESSMENT")) {
                mapping.add(line.deepCopy());
            }
        });
        PipelineConfig before = stored("ACME");

        RestClient.Answer asked = demo.rest().put("admin", "/pipelines/ACME", JSON, edit.toString());

        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.errorFields()).containsExactly("removedStages.NEEDS_ASSESSMENT");
        assertThat(asked.firstError()).contains(holdings.openDeals() + " open deals", "Needs Assessment");
        JsonNode figures = asked.json().path("removedStages").path(0);
        assertThat(figures.path("key").asText()).isEqualTo("NEEDS_ASSESSMENT");
        assertThat(figures.path("name").asText()).isEqualTo("Needs Assessment");
        assertThat(figures.path("openDeals").asInt()).isEqualTo(holdings.openDeals());
        assertThat(figures.path("stays").asInt()).isEqualTo(holdings.stays());
        assertThat(figures.path("statuses")).extracting(JsonNode::asText).containsExactly("Needs Assessment");
        assertThat(asked.json().path("confirmWith")).extracting(JsonNode::asText).containsExactly("removedStages");
        assertThat(stored("ACME")).isEqualTo(before);

        edit.putObject("removedStages").putObject("NEEDS_ASSESSMENT").put("mapTo", "INITIAL_CONTACT");
        RestClient.Answer saved = demo.rest().put("admin", "/pipelines/ACME", JSON, edit.toString());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(stored("ACME").pipeline().stage("NEEDS_ASSESSMENT")).isEmpty();
        assertThat(stored("ACME").mapping().lookup("Needs Assessment")).contains(StageRef.stage("INITIAL_CONTACT"));
    }

    /** GLOBEX's statuses mapped as its template maps them, but for the given statuses' new targets. */
    private static ArrayNode globexMapping(ArrayNode mapping, String status, String target, String other, String otherTarget) {
        String[][] lines = {{"Prospecting", "PROSPECTING"}, {"Qualification", "QUALIFICATION"},
            {"Initial Contact", "INITIAL_CONTACT"}, {"Proposal", "PROPOSAL"}, {"Closing", "CLOSING"},
            {"Closed Won", "WON"}, {"Closed Lost", "LOST"}, {"Disqualified", "DISQUALIFIED"}};
        for (String[] line : lines) {
            String to = line[0].equals(status) ? target : line[0].equals(other) ? otherTarget : line[1];
            ObjectNode node = mapping.addObject().put("status", line[0]);
            if (List.of("WON", "LOST", "DISQUALIFIED").contains(to)) {
                node.put("outcome", to);
            } else {
                node.put("stage", to);
            }
        }
        return mapping;
    }

    private static int indexOf(ArrayNode mapping, String status) {
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i).path("status").asText().equals(status)) {
                return i;
            }
        }
        throw new AssertionError("No line for " + status);
    }

    private static PipelineConfig stored(String projectKey) {
        return demo.host().app().getBean(PipelineDirectory.class).find(projectKey).orElseThrow();
    }
}
