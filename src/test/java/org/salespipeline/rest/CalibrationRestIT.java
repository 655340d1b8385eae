package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.DemoData;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.forecast.Calibration;
import org.salespipeline.forecast.LearntProbabilities;
import org.salespipeline.forecast.ReferenceWinProbabilities;
import org.salespipeline.forecast.StageCalibration;

/** The calibration REST API through a real Jersey runtime in the demo host, on its default data at a fixed instant. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalibrationRestIT {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final List<String> FIELDS = List.of("key", "configured", "winProbability", "closed", "won", "low",
            "high", "fallback", "maturityDays");
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.at("calibration-rest", NOW);


    @Test
    @Order(1)
    @DisplayName("each open stage in order with its evidence, as the reference computes it, as of now over 365 days by default")
    void stagesEqualTheReference() {
        RestClient.Answer answer = demo.rest().get("rep", "/pipelines/ACME/calibration");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("at").asText()).isEqualTo(NOW.toString());
        assertThat(json.path("lookbackDays").asInt()).isEqualTo(Calibration.DEFAULT_LOOKBACK_DAYS);
        assertThat(json.path("stages").path(0).fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
        for (String at : List.of("2026-06-01T00:00:00Z", "2026-01-15T12:00:00Z")) {
            for (int days : new int[] {365, 90}) {
                JsonNode stages = demo.rest().get("rep", "/pipelines/ACME/calibration?at=" + at + "&lookbackDays=" + days)
                        .json().path("stages");
                assertStages(stages, reference(Instant.parse(at), days));
            }
        }
    }

    @Test
    @Order(2)
    @DisplayName("a lookback outside 1–3650 days or not a number, and a bad instant, are 400 on their field")
    void badParameters() {
        for (String days : List.of("0", "3651", "-5", "a year", "1.5")) {
            RestClient.Answer bad = demo.rest().get("admin", "/pipelines/ACME/calibration?lookbackDays=" + days.replace(" ", "%20"));
            assertThat(bad.status()).as(days).isEqualTo(400);
            assertThat(bad.firstErrorField()).isEqualTo("lookbackDays");
            assertThat(bad.firstError()).contains("3650");
        }
        assertThat(demo.rest().get("admin", "/pipelines/ACME/calibration?lookbackDays=3650").status()).isEqualTo(200);
        assertThat(demo.rest().get("admin", "/pipelines/ACME/calibration?lookbackDays=1").status()).isEqualTo(200);
        RestClient.Answer badAt = demo.rest().get("admin", "/pipelines/ACME/calibration?at=yesterday");
        assertThat(badAt.status()).isEqualTo(400);
        assertThat(badAt.firstErrorField()).isEqualTo("at");
    }

    @Test
    @Order(3)
    @DisplayName("anonymous callers get 401, a pipeline out of reach or unknown 404, adopting as a non-admin 403")
    void refusals() {
        assertThat(demo.rest().get(null, "/pipelines/ACME/calibration").status()).isEqualTo(401);
        assertThat(demo.rest().get("rep", "/pipelines/GLOBEX/calibration").status()).isEqualTo(404);
        assertThat(demo.rest().get("admin", "/pipelines/NOPE/calibration").status()).isEqualTo(404);
        assertThat(demo.rest().post(null, "/pipelines/ACME/calibration/adopt").status()).isEqualTo(401);
        assertThat(demo.rest().post("rep", "/pipelines/ACME/calibration/adopt").status()).isEqualTo(403);
        assertThat(demo.rest().post("rep", "/pipelines/GLOBEX/calibration/adopt").status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    @DisplayName("adopting sets each learnt stage to its value to a whole percent and keeps the others")
    void adopt() {
        List<StageCalibration> before = reference(NOW, 365);

        RestClient.Answer answer = demo.rest().post("admin", "/pipelines/ACME/calibration/adopt");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode stages = answer.json().path("stages");
        assertThat(stages).hasSize(before.size());
        for (int i = 0; i < before.size(); i++) {
            StageCalibration stage = before.get(i);
            int expected = stage.fallback() ? stage.configured() : LearntProbabilities.rounded(stage);
            assertThat(stages.path(i).path("key").asText()).isEqualTo(stage.key());
            assertThat(stages.path(i).path("probability").asInt()).as(stage.key()).isEqualTo(expected);
            assertThat(stages.path(i).path("changed").asBoolean()).isEqualTo(expected != stage.configured());
        }
        JsonNode config = demo.rest().get("admin", "/pipelines/ACME").json();
        for (int i = 0; i < before.size(); i++) {
            assertThat(config.path("stages").path(i).path("probability").asInt()).as("saved")
                    .isEqualTo(stages.path(i).path("probability").asInt());
        }
        JsonNode later = demo.rest().get("admin", "/pipelines/ACME/calibration?at=2026-06-01T01:00:00Z").json().path("stages");
        for (int i = 0; i < before.size(); i++) {
            assertThat(later.path(i).path("configured").asInt()).as("configured as of after the adoption")
                    .isEqualTo(stages.path(i).path("probability").asInt());
        }
    }

    private static void assertStages(JsonNode stages, List<StageCalibration> expected) {
        assertThat(stages).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode stage = stages.path(i);
            StageCalibration want = expected.get(i);
            assertThat(stage.path("key").asText()).isEqualTo(want.key());
            assertThat(stage.path("configured").asInt()).isEqualTo(want.configured());
            assertThat(stage.path("winProbability").asDouble()).isCloseTo(want.winProbability(), within(1e-9));
            assertThat(stage.path("closed").asInt()).isEqualTo(want.closed());
            assertThat(stage.path("won").asInt()).isEqualTo(want.won());
            assertThat(stage.path("low").asDouble()).isCloseTo(want.low(), within(1e-9));
            assertThat(stage.path("high").asDouble()).isCloseTo(want.high(), within(1e-9));
            assertThat(stage.path("fallback").asBoolean()).isEqualTo(want.fallback());
            assertThat(stage.path("maturityDays").asDouble()).isCloseTo(want.maturityDays(), within(1e-9));
        }
    }

    private static List<StageCalibration> reference(Instant at, int days) {
        HistoryFile data = DemoData.defaults(NOW);
        PipelineConfig acme = data.pipelines().get(0).config();
        return ReferenceWinProbabilities.of(acme.mapping(), data.deals().stream()
                .filter(d -> d.projectKey().equals("ACME")).map(DealSpec::toRecord).toList())
                .calibration(acme.pipeline(), at, days);
    }
}
