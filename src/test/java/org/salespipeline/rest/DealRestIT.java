package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One deal through the REST API of the demo host: reading it, answering BANT, ticking checklists. */
class DealRestIT {

    private static final String JSON = "application/json";
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.onTheClock("deals");


    @Test
    @DisplayName("a deal reads with its stage path, probability, weighted value, rot badge and the current checklist first")
    void readsADeal() {
        String key = demo.host().dealAt("ACME", "Negotiation", 0);
        RestClient.Answer answer = demo.rest().get("rep", "/deals/" + key);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode deal = answer.json();
        List<String> states = new ArrayList<>();
        deal.path("path").forEach(step -> states.add(step.path("key").asText() + "=" + step.path("state").asText()));
        assertThat(states).containsExactly("PROSPECTING=PASSED", "QUALIFICATION=PASSED", "INITIAL_CONTACT=PASSED",
                "NEEDS_ASSESSMENT=PASSED", "PROPOSAL=PASSED", "NEGOTIATION=CURRENT", "CLOSING=AHEAD");
        assertThat(deal.path("currentStage").asText()).isEqualTo("NEGOTIATION");
        assertThat(deal.path("probability").asInt()).isEqualTo(70);
        assertThat(deal.path("weightedValue").asDouble()).isCloseTo(deal.path("amount").asDouble() * 0.7, within(1e-6));
        assertThat(deal.path("rotDays").asInt()).isEqualTo(30);
        assertThat(deal.path("rotting").asBoolean()).isEqualTo(deal.path("daysInStage").asDouble() > 30);
        assertThat(deal.path("guidance").asText()).isNotBlank();
        assertThat(deal.path("checklists").path(0).path("stage").asText()).isEqualTo("NEGOTIATION");
        assertThat(deal.path("checklists").path(0).path("current").asBoolean()).isTrue();
        assertThat(deal.path("checklists").path(0).path("total").asInt()).isEqualTo(6);
        assertThat(deal.path("canEdit").asBoolean()).isTrue();
        assertThat(deal.path("editable").asBoolean()).isTrue();
        JsonNode won = null;
        for (JsonNode move : deal.path("moves")) {
            if (move.path("stage").asText().equals("WON")) {
                won = move;
            }
        }
        assertThat(won).as("a move into Closed Won").isNotNull();
        assertThat(won.path("toStatusName").asText()).isEqualTo("Closed Won");
        assertThat(won.path("allowed").asBoolean()).isEqualTo(won.path("blockers").isEmpty());
        assertThat(deal.path("moves").size()).as("one move per status of the workflow").isEqualTo(10);
    }

    @Test
    @DisplayName("a won deal has every stage passed, probability 100 and no current stage")
    void readsAWonDeal() {
        JsonNode deal = demo.rest().get("rep", "/deals/" + demo.host().dealAt("ACME", "Closed Won", 0)).json();

        assertThat(deal.path("closed").path("outcome").asText()).isEqualTo("WON");
        assertThat(deal.path("currentStage").isNull()).isTrue();
        assertThat(deal.path("probability").asInt()).isEqualTo(100);
        deal.path("path").forEach(step -> assertThat(step.path("state").asText()).isEqualTo("PASSED"));
        assertThat(deal.path("editable").asBoolean()).as("a closed deal is read-only").isFalse();
        assertThat(deal.path("daysInStage").isNull()).as("no rot counter").isTrue();
        assertThat(deal.path("closed").path("daysFromCreation").asDouble()).isPositive();
    }

    @Test
    @DisplayName("a closed deal's BANT answers and ticks are refused with 409 until it is reopened")
    void closedDealsAreReadOnly() {
        String key = demo.host().dealAt("ACME", "Closed Won", 1);
        JsonNode deal = demo.rest().get("rep", "/deals/" + key).json();
        long version = deal.path("checklists").path(0).path("version").asLong();

        RestClient.Answer bant = demo.rest().put("rep", "/deals/" + key + "/bant", JSON, "{\"BUDGET\":{\"answer\":\"UNKNOWN\"}}");
        RestClient.Answer tick = demo.rest().put("rep", "/deals/" + key + "/checklist/pricing-agreed", JSON,
                "{\"ticked\":false,\"version\":" + version + "}");

        assertThat(bant.status()).isEqualTo(409);
        assertThat(bant.firstError()).contains("is closed (won)");
        assertThat(tick.status()).isEqualTo(409);
        assertThat(demo.rest().get("rep", "/deals/" + key).json().path("bant").toString()).isEqualTo(deal.path("bant").toString());
    }

    @Test
    @DisplayName("anonymous gets 401; a deal out of reach and an unknown key get the same 404")
    void access() {
        String globex = demo.host().dealAt("GLOBEX", "Proposal", 0);
        assertThat(demo.rest().get(null, "/deals/" + demo.host().dealAt("ACME", "Proposal", 0)).status()).isEqualTo(401);
        RestClient.Answer hidden = demo.rest().get("rep", "/deals/" + globex);
        RestClient.Answer unknown = demo.rest().get("rep", "/deals/ACME-999999");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.firstErrorField()).isEqualTo(unknown.firstErrorField()).isEqualTo("issueKey");
        assertThat(demo.rest().get("admin", "/deals/" + globex).status()).isEqualTo(200);
        assertThat(demo.rest().put("rep", "/deals/" + globex + "/bant", JSON, "{\"NEED\":{\"answer\":\"CONFIRMED\"}}").status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("BANT answers and notes are saved, the score and what the policy still needs follow")
    void answersBant() {
        String key = demo.host().dealAt("ACME", "Qualification", 0);
        RestClient.Answer answer = demo.rest().put("rep", "/deals/" + key + "/bant", JSON, """
                {"BUDGET":{"answer":"CONFIRMED","note":"Signed-off budget of 40k"},"authority":{"answer":"partial"}}
                """);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode bant = demo.rest().get("rep", "/deals/" + key).json().path("bant");
        assertThat(bant.path("score").asDouble()).isEqualTo(1.5);
        assertThat(bant.path("criteria").path(0).path("answer").asText()).isEqualTo("CONFIRMED");
        assertThat(bant.path("criteria").path(0).path("note").asText()).isEqualTo("Signed-off budget of 40k");
        assertThat(bant.path("criteria").path(1).path("answer").asText()).isEqualTo("PARTIAL");
        assertThat(bant.path("missing").path(0).asText()).isEqualTo("BANT score 1.5 is below the required 3");
        assertThat(demo.host().jira().customFieldManager().getCustomFieldObjectsByName("BANT score").stream().findFirst().map(field -> demo.host().jira().issue(key).getCustomFieldValue(field)).orElse(null)).as("the stored score field").isEqualTo(1.5);

        demo.rest().put("rep", "/deals/" + key + "/bant", JSON, "{\"BUDGET\":{\"answer\":\"CONFIRMED\",\"note\":\"  \"}}");
        assertThat(demo.rest().get("rep", "/deals/" + key).json().path("bant").path("criteria").path(0).path("note").isNull())
                .as("a blank note clears it").isTrue();
    }

    @Test
    @DisplayName("bad BANT input is refused field by field and nothing of the request is stored")
    void badBantStoresNothing() {
        String key = demo.host().dealAt("ACME", "Qualification", 1);
        String before = demo.rest().get("rep", "/deals/" + key).json().path("bant").toString();

        RestClient.Answer answer = demo.rest().put("rep", "/deals/" + key + "/bant", JSON, """
                {"BUDGET":{"answer":"CONFIRMED"},"NEED":{"answer":"SURE"},"TIMELINE":{"answer":"PARTIAL","note":"%s"},"BOGUS":{"answer":"CONFIRMED"}}
                """.formatted("x".repeat(2001)));

        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactly("NEED.answer", "TIMELINE.note", "BOGUS");
        assertThat(demo.rest().get("rep", "/deals/" + key).json().path("bant").toString()).isEqualTo(before);
        assertThat(demo.rest().put("rep", "/deals/" + key + "/bant", JSON, "{\"BUDGET\":\"yes\"}").status()).isEqualTo(400);
        assertThat(demo.rest().put("rep", "/deals/" + key + "/bant", JSON, "{}").status()).isEqualTo(400);
        assertThat(demo.rest().put("rep", "/deals/" + key + "/bant", "application/x-www-form-urlencoded", "BUDGET=CONFIRMED").status())
                .isEqualTo(415);
        assertThat(demo.rest().get("rep", "/deals/" + key).json().path("bant").toString()).isEqualTo(before);
    }

    @Test
    @DisplayName("a tick needs the version read: the current one ticks, a stale one gets 409 and changes nothing")
    void ticksWithVersions() {
        String key = demo.host().dealAt("ACME", "Negotiation", 1);
        long version = demo.rest().get("rep", "/deals/" + key).json().path("checklists").path(0).path("version").asLong();

        RestClient.Answer ticked = demo.rest().put("rep", "/deals/" + key + "/checklist/pricing-agreed", JSON,
                "{\"ticked\":true,\"version\":" + version + "}");
        assertThat(ticked.status()).isEqualTo(200);
        JsonNode negotiation = ticked.json().path("checklists").path(0);
        assertThat(negotiation.path("version").asLong()).isEqualTo(version + 1);
        assertThat(negotiation.path("done").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode item = item(negotiation, "pricing-agreed");
        assertThat(item.path("ticked").asBoolean()).isTrue();
        assertThat(item.path("changedBy").asText()).isEqualTo("rep");

        RestClient.Answer stale = demo.rest().put("admin", "/deals/" + key + "/checklist/legal-review-done", JSON,
                "{\"stage\":\"NEGOTIATION\",\"ticked\":true,\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.firstErrorField()).isEqualTo("version");
        assertThat(stale.firstError()).contains("Negotiation checklist was changed by someone else");
        JsonNode after = demo.rest().get("rep", "/deals/" + key).json().path("checklists").path(0);
        assertThat(item(after, "legal-review-done").path("ticked").asBoolean()).isFalse();
        assertThat(after.path("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    @DisplayName("a tick without a version is 400; an item the deal's checklists lack is 404; an item of a stage not"
            + " reached that blocks WON ticks")
    void badTicks() {
        String key = demo.host().dealAt("ACME", "Negotiation", 2);
        assertThat(demo.rest().put("rep", "/deals/" + key + "/checklist/pricing-agreed", JSON, "{\"ticked\":true}").status())
                .isEqualTo(400);
        assertThat(demo.rest().put("rep", "/deals/" + key + "/checklist/no-such-item", JSON, "{\"ticked\":true,\"version\":0}").status())
                .isEqualTo(404);
        RestClient.Answer closing = demo.rest().put("rep", "/deals/" + key + "/checklist/contract-signed", JSON,
                "{\"stage\":\"CLOSING\",\"ticked\":true,\"version\":0}");
        assertThat(closing.status()).isEqualTo(200);
        JsonNode needed = closing.json().path("checklists").path(1);
        assertThat(needed.path("stage").asText()).isEqualTo("CLOSING");
        assertThat(needed.path("neededToWin").asBoolean()).isTrue();
        assertThat(item(needed, "contract-signed").path("ticked").asBoolean()).isTrue();
        assertThat(demo.rest().put("rep", "/deals/" + key + "/checklist/pricing-agreed", JSON, "{\"ticked\":\"maybe\",\"version\":0}")
                .status()).isEqualTo(400);
    }

    private static JsonNode item(JsonNode checklist, String id) {
        for (JsonNode item : checklist.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("No item " + id + " in " + checklist);
    }
}
