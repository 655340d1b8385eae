package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The board's REST call through a real Jersey runtime in the demo host, on its default data at a fixed instant. */
class BoardRestIT {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.at("board-rest", NOW);


    @Test
    @DisplayName("without filters each column's deals, value and weighted value equal the pipeline summary's stage")
    void columnsEqualTheSummary() {
        JsonNode board = demo.rest().get("rep", "/pipelines/ACME/board").json();
        JsonNode summary = demo.rest().get("rep", "/pipelines/ACME/summary").json();

        assertThat(keys(board.path("stages"))).isEqualTo(keys(summary.path("stages")));
        for (int i = 0; i < board.path("stages").size(); i++) {
            JsonNode column = board.path("stages").get(i);
            JsonNode stage = summary.path("stages").get(i);
            assertThat(column.path("deals").asInt()).as(column.path("key").asText()).isEqualTo(stage.path("deals").asInt());
            assertThat(column.path("value").asDouble()).isCloseTo(stage.path("value").asDouble(), within(0.005));
            assertThat(column.path("weightedValue").asDouble())
                    .isCloseTo(stage.path("weightedValue").asDouble(), within(0.005));
            assertThat(column.path("hiddenDeals").asInt()).isZero();
            assertThat(column.path("cards").size()).isEqualTo(Math.min(50, column.path("deals").asInt()));
            assertThat(column.path("more").asBoolean()).isEqualTo(column.path("deals").asInt() > 50);
        }
        assertThat(board.path("outcomes").findValuesAsText("outcome")).containsExactly("WON", "LOST", "DISQUALIFIED");
        assertThat(board.path("outcomes").get(0).path("statuses")).isNotEmpty();
    }

    @Test
    @DisplayName("cards come most days in the stage first, with the owner's display name and the BANT score")
    void cardsInOrder() {
        JsonNode column = firstNonEmpty(demo.rest().get("rep", "/pipelines/ACME/board").json());
        List<Double> days = new ArrayList<>();
        column.path("cards").forEach(card -> days.add(card.path("daysInStage").asDouble()));

        assertThat(days).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        JsonNode card = column.path("cards").get(0);
        assertThat(card.path("key").asText()).startsWith("ACME-");
        assertThat(card.path("rotting").asBoolean())
                .isEqualTo(card.path("daysInStage").asDouble() > column.path("rotDays").asInt());
        assertThat(card.has("bantScore")).isTrue();
        if (!card.path("owner").isNull()) {
            assertThat(card.path("ownerName").asText()).isNotBlank();
        }
    }

    @Test
    @DisplayName("a stage by name in any case, start and limit page its cards, and 'more' says whether cards follow")
    void pageOneColumn() {
        JsonNode first = firstNonEmpty(demo.rest().get("rep", "/pipelines/ACME/board").json());
        String name = first.path("name").asText().toUpperCase();
        JsonNode page = demo.rest().get("rep", "/pipelines/ACME/board?stage=" + encode(name) + "&start=1&limit=1").json();

        assertThat(page.path("stages")).hasSize(1);
        JsonNode column = page.path("stages").get(0);
        assertThat(column.path("key").asText()).isEqualTo(first.path("key").asText());
        assertThat(column.path("deals").asInt()).isEqualTo(first.path("deals").asInt());
        if (first.path("cards").size() > 1) {
            assertThat(column.path("cards").get(0).path("key").asText())
                    .isEqualTo(first.path("cards").get(1).path("key").asText());
        }
        assertThat(column.path("more").asBoolean()).isEqualTo(first.path("deals").asInt() > 2);
    }

    @Test
    @DisplayName("the text filter matches summary or key ignoring case, and takes % and _ literally")
    void textFilter() {
        JsonNode all = demo.rest().get("rep", "/pipelines/ACME/board").json();
        String key = firstNonEmpty(all).path("cards").get(0).path("key").asText();

        JsonNode byKey = demo.rest().get("rep", "/pipelines/ACME/board?q=" + encode(key.toLowerCase())).json();
        List<String> found = new ArrayList<>();
        byKey.path("stages").forEach(c -> c.path("cards").forEach(card -> found.add(card.path("key").asText())));
        assertThat(found).contains(key);
        int wildcards = 0;
        for (JsonNode column : demo.rest().get("rep", "/pipelines/ACME/board?q=" + encode("%_%")).json().path("stages")) {
            wildcards += column.path("deals").asInt();
        }
        assertThat(wildcards).isZero();
    }

    @Test
    @DisplayName("a close window keeps only deals expected to close in it")
    void closeWindow() {
        JsonNode board = demo.rest().get("rep", "/pipelines/ACME/board?closeFrom=2026-06-01&closeTo=2026-07-01").json();
        board.path("stages").forEach(column -> column.path("cards").forEach(card ->
                assertThat(card.path("closeDate").asText()).isBetween("2026-06-01", "2026-06-30")));
        int inWindow = 0;
        int everything = 0;
        for (JsonNode column : board.path("stages")) {
            inWindow += column.path("deals").asInt();
        }
        for (JsonNode column : demo.rest().get("rep", "/pipelines/ACME/board").json().path("stages")) {
            everything += column.path("deals").asInt();
        }
        assertThat(inWindow).isLessThan(everything);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?closeFrom=2026-06-01", "?closeTo=2026-06-01", "?closeFrom=june&closeTo=2026-07-01",
        "?closeFrom=2026-07-01&closeTo=2026-06-01", "?stage=NOWHERE", "?start=-1", "?limit=0", "?limit=101",
        "?limit=ten"})
    @DisplayName("bad filters and pages get 400 naming the parameter")
    void badInput(String query) {
        RestClient.Answer answer = demo.rest().get("rep", "/pipelines/ACME/board" + query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstErrorField()).isIn("closeFrom", "closeTo", "stage", "start", "limit");
        assertThat(answer.firstError()).isNotBlank();
    }

    @Test
    @DisplayName("each user's board filters are kept per board; a filter the board refuses is a 400 and keeps nothing")
    void keptFilters() {
        String filters = "/pipelines/ACME/board/filters";
        assertThat(demo.rest().get("admin", filters).json().path("q").isNull()).isTrue();

        RestClient.Answer kept = demo.rest().put("admin", filters, "application/json",
                "{\"q\":\"renewal\",\"closeFrom\":\"2026-06-01\",\"closeTo\":\"2026-09-01\"}");
        assertThat(kept.status()).isEqualTo(200);
        assertThat(demo.rest().get("admin", filters).json().path("q").asText()).isEqualTo("renewal");
        assertThat(demo.rest().get("admin", filters).json().path("closeTo").asText()).isEqualTo("2026-09-01");
        assertThat(demo.rest().get("rep", filters).json().path("q").isNull()).as("another user's are their own").isTrue();
        assertThat(demo.rest().get("admin", "/pipelines/GLOBEX/board/filters").json().path("q").isNull())
                .as("another board's are its own").isTrue();

        RestClient.Answer refused = demo.rest().put("admin", filters, "application/json", "{\"closeFrom\":\"2026-06-01\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.firstErrorField()).isEqualTo("closeTo");
        assertThat(demo.rest().get("admin", filters).json().path("q").asText()).as("nothing kept").isEqualTo("renewal");
        assertThat(demo.rest().put("admin", filters, "application/json", "{\"owner\":\"nobody-at-all\"}").firstErrorField())
                .isEqualTo("owner");

        assertThat(demo.rest().put("admin", filters, "application/json", "{}").status()).isEqualTo(200);
        assertThat(demo.rest().get("admin", filters).json().path("q").isNull()).as("no filter forgets them").isTrue();
        assertThat(demo.rest().get(null, filters).status()).isEqualTo(401);
        assertThat(demo.rest().get("rep", "/pipelines/GLOBEX/board/filters").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a search longer than 100 characters gets 400 on q")
    void longSearch() {
        RestClient.Answer answer = demo.rest().get("rep", "/pipelines/ACME/board?q=" + "x".repeat(101));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstErrorField()).isEqualTo("q");
    }

    @Test
    @DisplayName("anonymous callers get 401; a project out of reach the same 404 as one that does not exist")
    void access() {
        assertThat(demo.rest().get(null, "/pipelines/ACME/board").status()).isEqualTo(401);
        RestClient.Answer globex = demo.rest().get("rep", "/pipelines/GLOBEX/board");
        RestClient.Answer nowhere = demo.rest().get("rep", "/pipelines/NOWHERE/board");
        assertThat(globex.status()).isEqualTo(404);
        assertThat(globex.firstError()).isEqualTo(nowhere.firstError().replace("NOWHERE", "GLOBEX"));
        assertThat(demo.rest().get("admin", "/pipelines/GLOBEX/board").status()).isEqualTo(200);
    }

    private static JsonNode firstNonEmpty(JsonNode board) {
        for (JsonNode column : board.path("stages")) {
            if (column.path("cards").size() > 2) {
                return column;
            }
        }
        throw new AssertionError("no column with three cards: " + board);
    }

    private static List<String> keys(JsonNode items) {
        List<String> keys = new ArrayList<>();
        items.forEach(item -> keys.add(item.path("key").asText()));
        return keys;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
