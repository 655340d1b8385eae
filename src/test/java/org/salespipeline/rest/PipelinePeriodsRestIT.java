package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pipeline's calendar through a real Jersey runtime in the demo host: the time zone and fiscal-year start set in
 * the set-up JSON, and the periods the gadgets read in that calendar.
 */
class PipelinePeriodsRestIT {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json";
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.at("periods-rest", NOW);


    @Test
    @DisplayName("a pipeline set up without a calendar answers UTC and January, and its periods at now in them")
    void defaultCalendar() {
        JsonNode setup = demo.rest().get("admin", "/pipelines/GLOBEX").json();
        assertThat(setup.path("timeZone").asText()).isEqualTo("UTC");
        assertThat(setup.path("fiscalYearStart").asInt()).isEqualTo(1);

        JsonNode periods = demo.rest().get("admin", "/pipelines/GLOBEX/periods").json();
        assertThat(periods.path("at").asText()).isEqualTo(NOW.toString());
        assertThat(keys(periods.path("periods"))).containsExactly("thisWeek", "lastWeek", "thisMonth", "lastMonth",
                "thisQuarter", "lastQuarter", "thisFiscalYear");
        JsonNode week = periods.path("periods").path(0);
        assertThat(week.fieldNames()).toIterable().containsExactly("key", "from", "to", "firstDay", "lastDay", "label");
        assertThat(week.path("from").asText()).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(week.path("lastDay").asText()).isEqualTo("2026-06-07");
        assertThat(periods.path("periods").path(4).path("label").asText()).isEqualTo("Q2 FY2026");
        assertThat(periods.path("closeWindows").path(1).path("closeFrom").asText()).isEqualTo("2026-04-01");
        assertThat(periods.path("closeWindows").path(1).path("closeTo").asText()).isEqualTo("2026-07-01");
    }

    @Test
    @DisplayName("an admin sets the time zone and fiscal-year start; the periods follow them, and a later edit that leaves them out keeps them")
    void adminSetsTheCalendar() throws Exception {
        RestClient.Answer saved = demo.rest().put("admin", "/pipelines/ACME", JSON, edit("ACME", "America/New_York", 10).toString());
        assertThat(saved.status()).as(String.valueOf(saved.json())).isEqualTo(200);
        assertThat(saved.json().path("timeZone").asText()).isEqualTo("America/New_York");
        assertThat(saved.json().path("fiscalYearStart").asInt()).isEqualTo(10);

        JsonNode periods = demo.rest().get("admin", "/pipelines/ACME/periods?at=2026-06-01T00:00:00Z").json();
        assertThat(periods.path("timeZone").asText()).isEqualTo("America/New_York");
        JsonNode week = periods.path("periods").path(0);
        assertThat(week.path("firstDay").asText()).as("still Sunday 31 May in New York").isEqualTo("2026-05-25");
        assertThat(week.path("from").asText()).isEqualTo("2026-05-25T04:00:00Z");
        JsonNode quarter = periods.path("periods").path(4);
        assertThat(quarter.path("label").asText()).isEqualTo("Q3 FY2026");
        assertThat(quarter.path("firstDay").asText()).isEqualTo("2026-04-01");
        assertThat(periods.path("periods").path(6).path("firstDay").asText()).isEqualTo("2025-10-01");

        JsonNode custom = demo.rest().get("admin", "/pipelines/ACME/periods?firstDay=2026-03-01&lastDay=2026-03-31").json()
                .path("periods").path(7);
        assertThat(custom.path("key").asText()).isEqualTo("custom");
        assertThat(custom.path("from").asText()).isEqualTo("2026-03-01T05:00:00Z");
        assertThat(custom.path("to").asText()).isEqualTo("2026-04-01T04:00:00Z");

        ObjectNode keep = edit("ACME", null, null);
        assertThat(demo.rest().put("admin", "/pipelines/ACME", JSON, keep.toString()).json().path("timeZone").asText())
                .isEqualTo("America/New_York");
        demo.rest().put("admin", "/pipelines/ACME", JSON, edit("ACME", "UTC", 1).toString());
        assertThat(demo.rest().get("admin", "/pipelines/ACME").json().path("fiscalYearStart").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("an unknown time zone or month is a 400 naming its field in the user's words, and nothing is saved")
    void wrongCalendarIsRefused() throws Exception {
        String before = demo.rest().get("admin", "/pipelines/GLOBEX").json().toString();
        RestClient.Answer zone = demo.rest().put("admin", "/pipelines/GLOBEX", JSON, edit("GLOBEX", "Mars/Olympus", 13).toString());
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.json().path("errors")).extracting(error -> error.path("field").asText())
                .containsExactlyInAnyOrder("timeZone", "fiscalYearStart");
        assertThat(zone.json().path("errors").findValuesAsText("message")).contains("The time zone must be an IANA time"
                + " zone id such as Europe/Berlin or America/New_York, not Mars/Olympus.");
        assertThat(demo.rest().get("admin", "/pipelines/GLOBEX").json().toString()).isEqualTo(before);
    }

    @Test
    @DisplayName("the periods keep the metrics' rules: 401 without a user, 404 for a project the user may not browse")
    void access() {
        assertThat(demo.rest().get(null, "/pipelines/ACME/periods").status()).isEqualTo(401);
        assertThat(demo.rest().get("rep", "/pipelines/ACME/periods").status()).isEqualTo(200);
        assertThat(demo.rest().get("rep", "/pipelines/GLOBEX/periods").status()).isEqualTo(404);
        assertThat(demo.rest().get("admin", "/pipelines/NOPE/periods").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"at=yesterday", "firstDay=2026-03-01", "lastDay=2026-03-01",
        "firstDay=2026-03-31&lastDay=2026-03-01", "firstDay=March&lastDay=2026-03-31"})
    @DisplayName("a wrong instant or day is a 400 naming its parameter")
    void wrongParameters(String query) {
        RestClient.Answer answer = demo.rest().get("admin", "/pipelines/ACME/periods?" + query);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").path(0).path("field").asText()).isIn("at", "firstDay", "lastDay");
        assertThat(answer.json().path("errors").path(0).path("message").asText()).isNotBlank();
    }

    /** The project's set-up as an edit that changes nothing else, with the calendar given (null: left out). */
    private static ObjectNode edit(String project, String timeZone, Integer month) {
        JsonNode current = demo.rest().get("admin", "/pipelines/" + project).json();
        ObjectNode edit = MAPPER.createObjectNode().put("name", current.path("name").asText())
                .put("currency", current.path("currency").asText());
        edit.set("stages", current.path("stages").deepCopy());
        if (timeZone != null) {
            edit.put("timeZone", timeZone);
        }
        if (month != null) {
            edit.put("fiscalYearStart", month);
        }
        return edit;
    }

    private static List<String> keys(JsonNode items) {
        List<String> keys = new ArrayList<>();
        items.forEach(item -> keys.add(item.path("key").asText()));
        return keys;
    }
}
