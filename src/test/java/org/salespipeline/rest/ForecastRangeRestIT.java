package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.DemoData;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.forecast.Calibration;
import org.salespipeline.forecast.ForecastDeals;
import org.salespipeline.forecast.ForecastRange;
import org.salespipeline.forecast.Forecasts;
import org.salespipeline.forecast.ReferenceWinProbabilities;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.pipeline.FiscalCalendar;

/** The forecast range and its track record over REST in the demo host, on its default data at a fixed instant. */
class ForecastRangeRestIT {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.at("forecast-rest", NOW);


    @Test
    @DisplayName("without a window the range is of the current fiscal quarter as of now, as the deals in memory give it")
    void theCurrentQuarterAsOfNow() {
        RestClient.Answer answer = demo.rest().get("admin", "/pipelines/ACME/forecast-range");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("from").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(json.path("to").asText()).isEqualTo("2026-07-01T00:00:00Z");
        assertThat(json.path("at").asText()).isEqualTo(NOW.toString());
        ForecastRange expected = inMemory().range(acme().pipeline(), acme().mapping(), FiscalCalendar.DEFAULT,
                Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"), NOW, OwnerFilter.any());
        assertThat(json.path("wonSoFar").asDouble()).isEqualTo(expected.wonSoFar()).isPositive();
        assertThat(json.path("p10").asDouble()).isEqualTo(expected.p10());
        assertThat(json.path("p50").asDouble()).isEqualTo(expected.p50());
        assertThat(json.path("p90").asDouble()).isEqualTo(expected.p90()).isGreaterThan(expected.p10());
        assertThat(json.path("fromOpenDeals").path("p50").asDouble()).isEqualTo(expected.fromOpenDeals().p50());
        assertThat(json.path("fromNewDeals").path("p50").asDouble()).isEqualTo(expected.fromNewDealsP50());
        assertThat(json.path("weightedPipeline").asDouble()).isEqualTo(expected.weightedPipeline());
        assertThat(json.path("calibratedWeighted").asDouble()).isEqualTo(expected.calibratedWeighted());
        assertThat(json.path("openDeals").asInt()).isEqualTo(expected.openDeals()).isPositive();
        assertThat(json.path("method").asText()).isEqualTo("simulation-2000");
    }

    @Test
    @DisplayName("an instant within an hour answers as of the hour's start, and an owner narrows the sums")
    void asOfTheHourAndForAnOwner() {
        JsonNode json = demo.rest().get("admin", "/pipelines/ACME/forecast-range?from=2026-05-01&to=2026-06-01"
                + "&at=2026-05-10T12:34:56Z").json();
        assertThat(json.path("at").asText()).isEqualTo("2026-05-10T12:00:00Z");
        assertThat(demo.rest().get("admin", "/pipelines/ACME/forecast-range?from=2026-05-01&to=2026-06-01"
                + "&at=2026-05-10T12:00:00Z").json()).isEqualTo(json);
        JsonNode rep = demo.rest().get("rep", "/pipelines/ACME/forecast-range?owner=rep").json();
        assertThat(rep.path("openDeals").asInt()).isLessThan(demo.rest().get("rep", "/pipelines/ACME/forecast-range").json()
                .path("openDeals").asInt());
    }

    @Test
    @DisplayName("the track record has 4 complete quarters or 8 complete months, oldest first, with a summary")
    void theTrackRecord() {
        JsonNode quarters = demo.rest().get("admin", "/pipelines/ACME/forecast-range/backtest").json();
        assertThat(quarters.path("windows")).hasSize(4);
        assertThat(quarters.path("windows").path(0).path("from").asText()).isEqualTo("2025-04-01T00:00:00Z");
        assertThat(quarters.path("windows").path(3).path("to").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(quarters.path("summary").path("windows").asInt()).isEqualTo(4);
        assertThat(quarters.path("summary").path("wapeP50").isNumber()).isTrue();
        JsonNode months = demo.rest().get("admin", "/pipelines/ACME/forecast-range/backtest?granularity=month").json();
        assertThat(months.path("windows")).hasSize(8);
        assertThat(months.path("windows").path(7).path("from").asText()).isEqualTo("2026-05-01T00:00:00Z");
        int inBand = 0;
        for (JsonNode window : months.path("windows")) {
            double actual = window.path("actual").asDouble();
            inBand += actual >= window.path("p10").asDouble() && actual <= window.path("p90").asDouble() ? 1 : 0;
        }
        assertThat(months.path("summary").path("inBand").asInt()).isEqualTo(inBand);
    }

    @Test
    @DisplayName("bad parameters get 400 naming the field; anonymous callers 401; hidden or unknown pipelines 404")
    void theRulesOfTheMetrics() {
        for (String[] bad : List.of(new String[] {"from=2026-04-01", "to"}, new String[] {"to=2026-04-01", "from"},
                new String[] {"from=2026-05-01&to=2026-04-01", "from"}, new String[] {"at=yesterday", "at"})) {
            RestClient.Answer answer = demo.rest().get("admin", "/pipelines/ACME/forecast-range?" + bad[0]);
            assertThat(answer.status()).as(bad[0]).isEqualTo(400);
            assertThat(answer.json().path("errors").path(0).path("field").asText()).isEqualTo(bad[1]);
        }
        RestClient.Answer week = demo.rest().get("admin", "/pipelines/ACME/forecast-range/backtest?granularity=week");
        assertThat(week.status()).isEqualTo(400);
        assertThat(week.json().path("errors").path(0).path("message").asText()).contains("quarter or month");
        assertThat(demo.rest().get(null, "/pipelines/ACME/forecast-range").status()).isEqualTo(401);
        assertThat(demo.rest().get(null, "/pipelines/ACME/forecast-range/backtest").status()).isEqualTo(401);
        assertThat(demo.rest().get("rep", "/pipelines/GLOBEX/forecast-range").status()).isEqualTo(404);
        assertThat(demo.rest().get("rep", "/pipelines/GLOBEX/forecast-range/backtest").status()).isEqualTo(404);
        assertThat(demo.rest().get("admin", "/pipelines/NOPE/forecast-range").status()).isEqualTo(404);
    }

    private static Forecasts inMemory() {
        List<DealRecord> records = data().deals().stream().filter(d -> d.projectKey().equals("ACME"))
                .map(DealSpec::toRecord).toList();
        return new Forecasts(ForecastDeals.of(records), (pipeline, at) -> ReferenceWinProbabilities
                .of(acme().mapping(), records).calibration(pipeline, at, Calibration.DEFAULT_LOOKBACK_DAYS));
    }

    private static PipelineConfig acme() {
        return data().pipelines().get(0).config();
    }

    private static HistoryFile data() {
        return DemoData.defaults(NOW);
    }
}
