package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salespipeline.history.RebuildProgress;
import org.salespipeline.history.RebuildProgressStore;

/** Setting up a pipeline on an existing workflow through the REST API, in the demo demo.host(). */
class PipelineSetupRestIT {

    private static final String JSON = "application/json";
    private static final String REMAP = """
            {"mapping":[{"status":"Prospecting","stage":"PROSPECTING"},{"status":"Qualification","stage":"QUALIFICATION"},
             {"status":"Initial Contact","stage":"QUALIFICATION"},{"status":"Needs Assessment","stage":"NEEDS_ASSESSMENT"},
             {"status":"Proposal","stage":"PROPOSAL"},{"status":"Negotiation","stage":"NEGOTIATION"},
             {"status":"Closing","stage":"CLOSING"},{"status":"Closed Won","outcome":"WON"},
             {"status":"Closed Lost","outcome":"LOST"},{"status":"Disqualified","outcome":"DISQUALIFIED"}]}
            """;
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.onTheClock("setup");


    @Test
    @DisplayName("an admin maps the workflow's statuses; the set-up changes and the history is rebuilt in the background")
    void adminMaps() throws Exception {
        Instant asked = Instant.now();
        RestClient.Answer answer = demo.rest().put("admin", "/pipelines/ACME/mapping", JSON, REMAP);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("rebuildStarted").asBoolean()).isTrue();
        RestClient.Answer read = demo.rest().get("rep", "/pipelines/ACME");
        assertThat(read.status()).isEqualTo(200);
        assertThat(statusesOf(read, "QUALIFICATION")).containsExactly("Qualification", "Initial Contact");
        RebuildProgress rebuilt = awaitRebuildStartedAfter("ACME", asked);
        assertThat(rebuilt.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(rebuilt.done()).isEqualTo(rebuilt.total()).isPositive();
    }

    @Test
    @DisplayName("INITECH's deals run through its own workflow: once an admin maps it, its figures and deal panels appear")
    void mappingInitechShowsItsDeals() throws Exception {
        assertThat(demo.rest().get("admin", "/deals/INITECH-1").status()).as("no pipeline, no deal panel").isEqualTo(404);
        Instant asked = Instant.now();

        RestClient.Answer mapped = demo.rest().put("admin", "/pipelines/INITECH/mapping", JSON, """
                {"template":"seven-stage","mapping":[{"status":"Lead","stage":"PROSPECTING"},
                 {"status":"Contacted","stage":"INITIAL_CONTACT"},{"status":"Qualified","stage":"QUALIFICATION"},
                 {"status":"Demo Given","stage":"NEEDS_ASSESSMENT"},{"status":"Proposal Sent","stage":"PROPOSAL"},
                 {"status":"Signing","stage":"NEGOTIATION"},{"status":"Won","outcome":"WON"},
                 {"status":"Lost","outcome":"LOST"},{"status":"Dropped","outcome":"DISQUALIFIED"}]}
                """);

        assertThat(mapped.status()).as(String.valueOf(mapped.json())).isEqualTo(200);
        assertThat(mapped.json().path("name").asText()).isEqualTo("INITECH sales");
        assertThat(mapped.json().path("unmappedStatuses")).isEmpty();
        RebuildProgress rebuilt = awaitRebuildStartedAfter("INITECH", asked);
        assertThat(rebuilt.state()).isEqualTo(RebuildProgress.State.FINISHED);
        assertThat(rebuilt.done()).isEqualTo(120);
        JsonNode funnel = demo.rest().get("admin", "/pipelines/INITECH/funnel?from=2020-01-01").json();
        assertThat(funnel.path("cohort").asInt()).isEqualTo(120);
        assertThat(funnel.path("stages").path(funnel.path("stages").size() - 1).path("reached").asInt()).as("won").isPositive();
        assertThat(demo.rest().get("admin", "/pipelines/INITECH/summary").json().path("totalDeals").asInt()).isPositive();
        assertThat(demo.rest().get("admin", "/pipelines/INITECH/outcomes?from=2020-01-01").json().path("lostReasons")).isNotEmpty();
        RestClient.Answer deal = demo.rest().get("admin", "/deals/INITECH-1");
        assertThat(deal.status()).isEqualTo(200);
        assertThat(deal.json().path("pipelineName").asText()).isEqualTo("INITECH sales");
    }

    @Test
    @DisplayName("every wrong line is reported with its field, and nothing is saved")
    void invalidMappingSavesNothing() {
        String before = demo.rest().get("admin", "/pipelines/GLOBEX").json().toString();

        RestClient.Answer answer = demo.rest().put("admin", "/pipelines/GLOBEX/mapping", JSON, """
                {"mapping":[{"status":"Prospecting","stage":"NOPE"},{"status":"Prospecting","stage":"PROSPECTING"},
                 {"status":"Closed Won","outcome":"MAYBE"},{"status":"Proposal"}]}
                """);

        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactly("mapping[0].stage", "mapping[1].status", "mapping[2].outcome", "mapping[3]");
        assertThat(demo.rest().get("admin", "/pipelines/GLOBEX").json().toString()).isEqualTo(before);
    }

    @Test
    @DisplayName("a mapping with no open stage, or no WON, is refused on the mapping field, and nothing is saved")
    void mappingWithoutOpenStageOrWonIsRefused() {
        String before = demo.rest().get("admin", "/pipelines/GLOBEX").json().toString();

        RestClient.Answer onlyWins = demo.rest().put("admin", "/pipelines/GLOBEX/mapping", JSON, """
                {"mapping":[{"status":"Closed Won","outcome":"WON"},{"status":"Closed Lost","outcome":"WON"}],"confirm":true}
                """);
        RestClient.Answer noWin = demo.rest().put("admin", "/pipelines/GLOBEX/mapping", JSON, """
                {"mapping":[{"status":"Prospecting","stage":"PROSPECTING"},{"status":"Closed Lost","outcome":"LOST"}]}
                """);

        assertThat(onlyWins.status()).isEqualTo(400);
        assertThat(onlyWins.errorLines()).containsExactly("mapping: Map at least one status to an open stage: without one no deal is ever open.");
        assertThat(noWin.status()).isEqualTo(400);
        assertThat(noWin.errorLines()).containsExactly("mapping: Map at least one status to WON: without one no deal is ever won.");
        assertThat(demo.rest().get("admin", "/pipelines/GLOBEX").json().toString()).isEqualTo(before);
    }

    @Test
    @DisplayName("only Jira admins may map; anonymous gets 401, a rep 403, an unknown project 404")
    void whoMayMap() {
        assertThat(demo.rest().put(null, "/pipelines/ACME/mapping", JSON, REMAP).status()).isEqualTo(401);
        assertThat(demo.rest().put("rep", "/pipelines/ACME/mapping", JSON, REMAP).status()).isEqualTo(403);
        assertThat(demo.rest().put("admin", "/pipelines/NOWHERE/mapping", JSON, REMAP).status()).isEqualTo(404);
        assertThat(demo.rest().get("rep", "/pipelines/GLOBEX").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("state-changing calls take JSON only: a form body gets 415, malformed JSON 400")
    void jsonOnly() {
        assertThat(demo.rest().put("admin", "/pipelines/ACME/mapping", "application/x-www-form-urlencoded", "mapping=x").status())
                .isEqualTo(415);
        RestClient.Answer malformed = demo.rest().put("admin", "/pipelines/ACME/mapping", JSON, "{\"mapping\": [");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.firstError()).contains("JSON");
    }

    private static List<String> statusesOf(RestClient.Answer config, String stage) {
        List<String> statuses = new ArrayList<>();
        config.json().path("mapping").forEach(line -> {
            if (stage.equals(line.path("stage").asText())) {
                statuses.add(line.path("status").asText());
            }
        });
        return statuses;
    }

    private static RebuildProgress awaitRebuildStartedAfter(String projectKey, Instant asked) throws InterruptedException {
        RebuildProgressStore progress = demo.host().app().getBean(RebuildProgressStore.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            RebuildProgress current = progress.find(projectKey).orElse(null);
            if (current != null && !current.startedAt().isBefore(asked) && current.state() != RebuildProgress.State.RUNNING) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The rebuild did not finish within 30 s");
    }
}
