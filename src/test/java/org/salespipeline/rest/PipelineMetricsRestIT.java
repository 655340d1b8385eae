package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salespipeline.demo.DemoData;
import org.salespipeline.demo.DemoJira;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.metrics.FunnelReport;
import org.salespipeline.metrics.OwnerFilter;
import org.salespipeline.metrics.ReferenceMetrics;
import org.salespipeline.metrics.Window;
import org.salespipeline.configuration.PipelineConfig;

/** The metrics REST API through a real Jersey runtime in the demo host, on its default data at a fixed instant. */
class PipelineMetricsRestIT {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    @RegisterExtension
    static final DemoHostForClass demo = DemoHostForClass.at("metrics-rest", NOW);


    @Test
    @DisplayName("the funnel lists the open stages in order and WON last, with the reference's counts")
    void funnel() {
        RestClient.Answer answer = demo.rest().get("admin", "/pipelines/ACME/funnel?from=2025-06-01&to=2026-06-01");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("project").asText()).isEqualTo("ACME");
        assertThat(json.path("from").asText()).isEqualTo("2025-06-01T00:00:00Z");
        assertThat(json.path("to").asText()).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(keys(json.path("stages"))).containsExactly("PROSPECTING", "QUALIFICATION", "INITIAL_CONTACT",
                "NEEDS_ASSESSMENT", "PROPOSAL", "NEGOTIATION", "CLOSING", "WON");
        assertThat(json.path("stages").path(7).path("conversion").isNull()).isTrue();
        assertThat(json.path("stages").path(0).path("name").asText()).isEqualTo("Prospecting");

        FunnelReport expected = reference().funnel(acme().pipeline(),
                new Window(Instant.parse("2025-06-01T00:00:00Z"), NOW), OwnerFilter.any());
        assertThat(json.path("cohort").asInt()).isEqualTo(expected.cohort()).isPositive();
        for (int i = 0; i < expected.steps().size(); i++) {
            assertThat(json.path("stages").path(i).path("reached").asInt()).isEqualTo(expected.steps().get(i).reached());
        }
        assertThat(json.path("createdToWon").asDouble())
                .isEqualTo((double) json.path("stages").path(7).path("reached").asInt() / json.path("cohort").asInt());
    }

    @Test
    @DisplayName("the summary at now totals its stages, and velocity, outcomes and time in stage answer in their shapes")
    void summaryVelocityOutcomesTimeInStage() {
        JsonNode summary = demo.rest().get("admin", "/pipelines/ACME/summary").json();
        assertThat(summary.path("at").asText()).isEqualTo(NOW.toString());
        double sum = 0;
        for (JsonNode stage : summary.path("stages")) {
            sum += stage.path("value").asDouble();
        }
        assertThat(summary.path("totalValue").asDouble()).isCloseTo(sum, within(1e-6));
        assertThat(summary.path("totalDeals").asInt()).isEqualTo(reference().summary(acme().pipeline(), NOW,
                OwnerFilter.any()).totalDeals());

        JsonNode velocity = demo.rest().get("admin", "/pipelines/ACME/velocity?from=2025-06-01").json();
        assertThat(velocity.fieldNames()).toIterable().containsExactlyInAnyOrder("openDeals", "won", "lost", "winRate",
                "averageDealSize", "salesCycleDays", "velocityPerDay");
        assertThat(velocity.path("won").asInt()).isPositive();

        JsonNode outcomes = demo.rest().get("admin", "/pipelines/ACME/outcomes?from=2025-06-01").json();
        assertThat(outcomes.path("lostReasons").isArray()).isTrue();
        assertThat(outcomes.path("lost").asInt()).isEqualTo(sumCounts(outcomes.path("lostReasons")));
        assertThat(outcomes.path("winRate").asDouble()).isEqualTo(velocity.path("winRate").asDouble());

        JsonNode time = demo.rest().get("admin", "/pipelines/ACME/time-in-stage").json();
        assertThat(time.path("stages")).hasSize(7);
        assertThat(time.path("stages").path(0).fieldNames()).toIterable()
                .contains("key", "stays", "meanDays", "medianDays");
    }

    @Test
    @DisplayName("stalled deals come most overdue first, 20 by default, and forecast months are calendar months")
    void stalledAndForecast() {
        JsonNode stalled = demo.rest().get("admin", "/pipelines/ACME/stalled").json().path("deals");
        assertThat(stalled.size()).isBetween(1, 20);
        List<Double> overdue = new ArrayList<>();
        stalled.forEach(deal -> overdue.add(deal.path("daysOverdue").asDouble()));
        assertThat(overdue).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(demo.rest().get("admin", "/pipelines/ACME/stalled?limit=3").json().path("deals")).hasSize(3);
        assertThat(stalled.path(0).fieldNames()).toIterable().containsExactly("key", "summary", "stage", "daysInStage",
                "rotDays", "daysOverdue", "amount", "owner", "ownerName", "pushCount");
        assertThat(stalled.findValues("pushCount")).as("the demo's deals have their close dates pushed")
                .anySatisfy(count -> assertThat(count.asInt()).isPositive());
        String owner = stalled.path(0).path("owner").asText();
        assertThat(owner).isNotBlank();
        demo.rest().get("admin", "/pipelines/ACME/stalled?limit=500&owner=" + owner).json().path("deals")
                .forEach(deal -> assertThat(deal.path("owner").asText()).isEqualTo(owner));

        JsonNode forecast = demo.rest().get("admin", "/pipelines/ACME/forecast?from=2026-01-01&to=2027-01-01").json();
        forecast.path("months").forEach(month -> assertThat(month.path("month").asText()).matches("\\d{4}-\\d{2}"));
        forecast.path("slipped").forEach(deal ->
                assertThat(LocalDate.parse(deal.path("closeDate").asText())).isBefore(LocalDate.of(2026, 6, 1)));
    }

    @Test
    @DisplayName("the flow of the week before now by default: the reference's figures, and closing = opening − left + entered ± changes")
    void flowByDefault() {
        JsonNode flow = demo.rest().get("admin", "/pipelines/ACME/flow").json();

        assertThat(flow.path("from").asText()).isEqualTo(NOW.minusSeconds(7 * 86_400).toString());
        assertThat(flow.path("to").asText()).isEqualTo(NOW.toString());
        assertThat(flow.path("closeFrom").isNull()).isTrue();
        assertThat(keysOf(flow.path("movements"), "kind")).containsExactly("created", "pulledIn", "reopened", "won",
                "lost", "disqualified", "pushedOut", "kept");
        org.salespipeline.metrics.Flow expected = reference().flow(acme().pipeline(),
                new Window(NOW.minusSeconds(7 * 86_400), NOW), null, OwnerFilter.any());
        assertThat(flow.path("opening").path("deals").asInt()).isEqualTo(expected.opening().deals()).isPositive();
        assertThat(flow.path("closing").path("value").asDouble()).isCloseTo(expected.closing().value(), within(1e-6));
        assertThat(flow.path("dealsWithoutAmount").asInt()).isEqualTo(expected.dealsWithoutAmount());
        assertIdentity(flow);
    }

    @Test
    @DisplayName("a quarter's flow within a close window adds up, and each movement's deal list holds its deals")
    void flowWithCloseWindowAndDeals() {
        String query = "from=2026-03-01&to=2026-06-01&closeFrom=2026-04-01&closeTo=2026-07-01";
        JsonNode flow = demo.rest().get("admin", "/pipelines/ACME/flow?" + query).json();
        assertThat(flow.path("closeFrom").asText()).isEqualTo("2026-04-01");
        org.salespipeline.metrics.Flow expected = reference().flow(acme().pipeline(),
                new Window(Instant.parse("2026-03-01T00:00:00Z"), NOW),
                new org.salespipeline.metrics.CloseWindow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)), OwnerFilter.any());
        assertThat(flow.path("increased").asDouble()).isCloseTo(expected.increased(), within(1e-6));
        assertIdentity(flow);

        int listed = 0;
        for (JsonNode movement : flow.path("movements")) {
            String kind = movement.path("kind").asText();
            JsonNode deals = demo.rest().get("admin", "/pipelines/ACME/flow/deals?kind=" + kind + "&limit=500&" + query).json();
            assertThat(deals.path("deals")).as(kind).hasSize(movement.path("deals").asInt());
            deals.path("deals").forEach(deal -> assertThat(deal.path("kind").asText()).isEqualTo(kind));
            listed += deals.path("deals").size();
        }
        assertThat(listed).isPositive();
        String quarter = "from=2026-03-01&to=2026-06-01";
        JsonNode kept = demo.rest().get("admin", "/pipelines/ACME/flow/deals?kind=kept&" + quarter).json();
        assertThat(kept.path("deals").size()).as("the quarter's kept deals, without a close window").isGreaterThan(1);
        assertThat(kept.path("limit").asInt()).as("50 by default").isEqualTo(50);
        assertThat(kept.path("deals").path(0).fieldNames()).toIterable().containsExactly("key", "summary", "owner",
                "kind", "amountBefore", "amountAfter", "closeDateBefore", "closeDateAfter", "stageBefore",
                "outcomeBefore", "stageAfter", "outcomeAfter", "pushCount");
        JsonNode pushedOut = demo.rest().get("admin", "/pipelines/ACME/flow/deals?kind=pushedOut&limit=500&" + query).json().path("deals");
        List<Integer> pushes = new ArrayList<>();
        pushedOut.forEach(deal -> pushes.add(deal.path("pushCount").asInt()));
        assertThat(pushes).as("the pushed-out deals, most pushed in the period first").isNotEmpty()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode second = demo.rest().get("admin", "/pipelines/ACME/flow/deals?kind=kept&start=1&limit=1&" + quarter).json();
        assertThat(second.path("deals")).singleElement()
                .satisfies(deal -> assertThat(deal.path("key").asText()).isEqualTo(kept.path("deals").path(1).path("key").asText()));
        JsonNode increased = demo.rest().get("admin", "/pipelines/ACME/flow/deals?kind=increased&limit=500&" + query).json();
        increased.path("deals").forEach(deal -> assertThat(deal.path("amountAfter").asDouble())
                .isGreaterThan(deal.path("amountBefore").asDouble(0)));

        String[] csv = demo.rest().download("admin", "/pipelines/ACME/flow?format=csv&" + query).body().substring(1).split("\r\n");
        assertThat(csv[0]).startsWith("project,from,to,closeFrom,closeTo,openingDeals,openingValue,closingDeals")
                .endsWith("kind,deals,value");
        assertThat(csv).hasSize(1 + 8);
        java.net.http.HttpResponse<String> dealsCsv = demo.rest().download("admin", "/pipelines/ACME/flow/deals?kind=kept&format=csv&" + query);
        assertThat(dealsCsv.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"ACME-flow-kept.csv\"");
    }

    @Test
    @DisplayName("the flow and its deal lists answer anonymous callers 401 and hidden pipelines 404, as every metric")
    void flowAccess() {
        assertThat(demo.rest().get(null, "/pipelines/ACME/flow").status()).isEqualTo(401);
        assertThat(demo.rest().get("rep", "/pipelines/GLOBEX/flow").status()).isEqualTo(404);
        assertThat(demo.rest().get("rep", "/pipelines/GLOBEX/flow/deals?kind=won").status()).isEqualTo(404);
        assertThat(demo.rest().get("rep", "/pipelines/ACME/flow/deals?kind=won").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the demo's Jira holds the amount and close-date history its store was loaded with, by the same keys")
    void fieldHistoryAgreesWithJira() {
        org.salespipeline.history.ChangeHistorySource jira = demo.host().app().getBean("changeHistorySource",
                org.salespipeline.history.ChangeHistorySource.class);
        org.salespipeline.history.StageLog stageLog = demo.host().app().getBean(org.salespipeline.history.StageLog.class);
        DealSpec revised = data().deals().stream().filter(d -> d.projectKey().equals("ACME") && d.fieldChanges().size() > 1)
                .findFirst().orElseThrow();

        assertThat(jira.fieldChanges("ACME", revised.issueId()))
                .containsExactlyInAnyOrderElementsOf(stageLog.fieldChanges(revised.issueId()));
        assertThat(new org.salespipeline.history.Reconciliation(stageLog).run("ACME", jira).repaired()).isZero();
    }

    private static void assertIdentity(JsonNode flow) {
        double value = flow.path("opening").path("value").asDouble();
        int deals = flow.path("opening").path("deals").asInt();
        for (JsonNode movement : flow.path("movements")) {
            String kind = movement.path("kind").asText();
            int sign = List.of("won", "lost", "disqualified", "pushedOut").contains(kind) ? -1
                    : List.of("created", "pulledIn", "reopened").contains(kind) ? 1 : 0;
            value += sign * movement.path("value").asDouble();
            deals += sign * movement.path("deals").asInt();
        }
        value += flow.path("increased").asDouble() - flow.path("decreased").asDouble();
        assertThat(flow.path("closing").path("value").asDouble()).isCloseTo(value, within(1e-6));
        assertThat(flow.path("closing").path("deals").asInt()).isEqualTo(deals);
    }

    @Test
    @DisplayName("format=csv gives each metric as a CSV download: BOM, the JSON's field names, the same figures")
    void csvExport() {
        for (String metric : List.of("funnel", "summary", "velocity", "time-in-stage", "stalled", "outcomes", "forecast")) {
            java.net.http.HttpResponse<String> csv = demo.rest().download("admin", "/pipelines/ACME/" + metric + "?format=csv");
            assertThat(csv.statusCode()).as(metric).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                    .isEqualTo("attachment; filename=\"ACME-" + metric + ".csv\"");
            assertThat(csv.body()).as(metric).startsWith("\uFEFF").contains("\r\n");
        }
        String[] stalled = demo.rest().download("admin", "/pipelines/ACME/stalled?format=csv").body().substring(1).split("\r\n");
        JsonNode json = demo.rest().get("admin", "/pipelines/ACME/stalled").json().path("deals");
        List<String> names = new ArrayList<>();
        json.path(0).fieldNames().forEachRemaining(names::add);
        assertThat(stalled[0]).isEqualTo(String.join(",", names));
        assertThat(stalled).hasSize(json.size() + 1);
        assertThat(stalled[1]).startsWith(json.path(0).path("key").asText() + ",");
        RestClient.Answer bad = demo.rest().get("admin", "/pipelines/ACME/summary?format=xlsx");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.firstErrorField()).isEqualTo("format");
    }

    @Test
    @DisplayName("an owner narrows every figure to that owner's deals")
    void ownerFilter() {
        int all = demo.rest().get("admin", "/pipelines/ACME/summary").json().path("totalDeals").asInt();
        int repOnly = demo.rest().get("admin", "/pipelines/ACME/summary?owner=rep").json().path("totalDeals").asInt();

        assertThat(repOnly).isLessThan(all).isEqualTo(reference().summary(acme().pipeline(), NOW,
                OwnerFilter.of("rep")).totalDeals());
    }

    /** Every call that takes an owner, with the same period, so that the answers can be compared. */
    private static final List<String> OWNER_CALLS = List.of("/funnel?from=2025-06-01", "/summary?at=2026-05-01T00:00:00Z",
            "/velocity?from=2025-06-01", "/time-in-stage?from=2025-06-01", "/stalled?limit=500", "/outcomes?from=2025-06-01",
            "/forecast?from=2026-01-01&to=2027-01-01");

    @Test
    @DisplayName("owner takes a user key or a user name in any case, and every call answers alike for each")
    void ownerByKeyOrUserName() {
        assertThat(DemoJira.REP_KEY).isNotEqualTo(DemoJira.REP);
        for (String call : OWNER_CALLS) {
            String byKey = demo.rest().get("admin", "/pipelines/ACME" + call + "&owner=" + DemoJira.REP_KEY).json().toString();
            assertThat(demo.rest().get("admin", "/pipelines/ACME" + call + "&owner=rep").json().toString()).as(call).isEqualTo(byKey);
            assertThat(demo.rest().get("admin", "/pipelines/ACME" + call + "&owner=REP").json().toString()).as(call).isEqualTo(byKey);
            assertThat(demo.rest().get("admin", "/pipelines/ACME" + call + "&owner=%20Rep%20").json().toString()).as(call).isEqualTo(byKey);
            assertThat(byKey).as(call).isNotEqualTo(demo.rest().get("admin", "/pipelines/ACME" + call).json().toString());
        }
        demo.rest().get("admin", "/pipelines/ACME/stalled?limit=500&owner=rep").json().path("deals")
                .forEach(deal -> assertThat(deal.path("owner").asText()).isEqualTo(DemoJira.REP_KEY));
        JsonNode owners = demo.rest().get("admin", "/pipelines/ACME/owners").json().path("owners");
        java.util.Map<String, String> names = new java.util.HashMap<>();
        owners.forEach(owner -> names.put(owner.path("key").asText(), owner.path("name").asText()));
        JsonNode stalled = demo.rest().get("admin", "/pipelines/ACME/stalled?limit=500").json().path("deals");
        assertThat(stalled.size()).isPositive();
        stalled.forEach(deal -> assertThat(deal.path("ownerName").asText()).as("the stalled deal's owner by display name")
                .isEqualTo(names.get(deal.path("owner").asText())));
        assertThat(names).containsEntry(DemoJira.REP_KEY, DemoJira.REP_NAME).containsEntry("JIRAUSER10101", "Anna Berg");
    }

    @Test
    @DisplayName("an owner Jira does not know and who owns no deal is a 400 on owner, on every call that takes one")
    void unknownOwner() {
        for (String call : OWNER_CALLS) {
            RestClient.Answer answer = demo.rest().get("admin", "/pipelines/ACME" + call + "&owner=nobody");
            assertThat(answer.status()).as(call).isEqualTo(400);
            assertThat(answer.firstErrorField()).as(call).isEqualTo("owner");
            assertThat(answer.firstError()).as(call).contains("nobody");
        }
        assertThat(demo.rest().get("admin", "/pipelines/ACME/owners?owner=nobody").firstErrorField()).isEqualTo("owner");
    }

    @Test
    @DisplayName("a user who has left keeps their deals: their stored key still filters, though Jira no longer knows it")
    void formerOwner() {
        String former = DemoJira.keyOf(DemoJira.FORMER);
        for (String call : OWNER_CALLS) {
            assertThat(demo.rest().get("admin", "/pipelines/ACME" + call + "&owner=" + former).status()).as(call).isEqualTo(200);
        }
        JsonNode deals = demo.rest().get("admin", "/pipelines/ACME/stalled?limit=500&owner=" + former).json().path("deals");
        int open = demo.rest().get("admin", "/pipelines/ACME/summary?owner=" + former).json().path("totalDeals").asInt();
        assertThat(open).isPositive().isEqualTo(reference().summary(acme().pipeline(), NOW,
                OwnerFilter.of(DemoJira.FORMER)).totalDeals());
        deals.forEach(deal -> assertThat(deal.path("ownerName").asText()).isEqualTo(former));
        assertThat(demo.rest().get("admin", "/pipelines/ACME/summary?owner=" + DemoJira.FORMER).status())
                .as("the name of a user Jira no longer knows is nobody's").isEqualTo(400);
    }

    @Test
    @DisplayName("the owners call lists the pipeline's deal owners by key with Jira's display names, to anyone who may browse it")
    void owners() {
        JsonNode answer = demo.rest().get("rep", "/pipelines/ACME/owners").json();
        List<String> keys = keysOf(answer.path("owners"), "key");
        List<String> names = keysOf(answer.path("owners"), "name");
        assertThat(keys).contains(DemoJira.REP_KEY, "admin", DemoJira.keyOf(DemoJira.FORMER)).doesNotContain("rep")
                .doesNotHaveDuplicates();
        assertThat(names).contains(DemoJira.REP_NAME, "Admin", "Anna Berg").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        JsonNode former = answer.path("owners").get(keys.indexOf(DemoJira.keyOf(DemoJira.FORMER)));
        assertThat(former.path("name").asText()).isEqualTo(former.path("key").asText());
        assertThat(former.path("known").asBoolean()).isFalse();
        assertThat(answer.path("owners").get(keys.indexOf(DemoJira.REP_KEY)).path("known").asBoolean()).isTrue();
        assertThat(answer.path("selected").isNull()).isTrue();

        JsonNode selected = demo.rest().get("rep", "/pipelines/ACME/owners?owner=REP").json().path("selected");
        assertThat(selected.path("key").asText()).isEqualTo(DemoJira.REP_KEY);
        assertThat(selected.path("name").asText()).isEqualTo(DemoJira.REP_NAME);
        assertThat(demo.rest().get("rep", "/pipelines/GLOBEX/owners").status()).isEqualTo(404);
        assertThat(demo.rest().get(null, "/pipelines/ACME/owners").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("the pipeline list shows each user the pipelines of the projects they may browse")
    void pipelineList() {
        assertThat(keysOf(demo.rest().get("admin", "/pipelines").json().path("pipelines"), "project"))
                .containsExactly("ACME", "GLOBEX");
        JsonNode repList = demo.rest().get("rep", "/pipelines").json().path("pipelines");
        assertThat(keysOf(repList, "project")).containsExactly("ACME");
        assertThat(repList.path(0).path("currency").asText()).isEqualTo("USD");
        assertThat(repList.path(0).path("stages")).hasSize(7);
        assertThat(demo.rest().get(null, "/pipelines").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("anonymous callers get 401")
    void anonymous() {
        RestClient.Answer answer = demo.rest().get(null, "/pipelines/ACME/funnel");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.firstError()).isNotBlank();
    }

    @Test
    @DisplayName("the rep asking for GLOBEX gets the same 404 as for a project that does not exist")
    void repCannotSeeGlobex() {
        RestClient.Answer globex = demo.rest().get("rep", "/pipelines/GLOBEX/summary");
        RestClient.Answer nowhere = demo.rest().get("rep", "/pipelines/NOWHERE/summary");

        assertThat(globex.status()).isEqualTo(404);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(globex.firstError()).contains("GLOBEX").isEqualTo(nowhere.firstError().replace("NOWHERE", "GLOBEX"));
        assertThat(demo.rest().get("admin", "/pipelines/GLOBEX/summary").status()).isEqualTo(200);
        assertThat(demo.rest().get("rep", "/pipelines/ACME/summary").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/funnel?from=yesterday", "/velocity?to=2026-13-01", "/outcomes?from=2026-05-01&to=2026-05-01",
        "/time-in-stage?from=2026-06-01&to=2026-01-01", "/summary?at=soon", "/stalled?limit=0", "/stalled?limit=501",
        "/stalled?limit=ten", "/forecast?from=2026-07-01&to=2026-06-01", "/flow?from=2026-06-01&to=2026-05-01",
        "/flow?closeFrom=2026-04-01", "/flow?closeFrom=April&closeTo=2026-07-01",
        "/flow?closeFrom=2026-07-01&closeTo=2026-04-01", "/flow/deals", "/flow/deals?kind=gone",
        "/flow/deals?kind=kept&limit=501", "/flow/deals?kind=kept&start=-1", "/flow/deals?kind=won&to=later"})
    @DisplayName("bad dates, from not before to, and limits outside 1–500 get 400 naming the parameter")
    void badInput(String query) {
        RestClient.Answer answer = demo.rest().get("admin", "/pipelines/ACME" + query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstErrorField()).isIn("from", "to", "at", "limit", "closeFrom", "closeTo", "kind", "start");
        assertThat(answer.firstError()).isNotBlank();
    }

    @Test
    @DisplayName("an unknown resource answers 404 in the same JSON error shape")
    void unknownPath() {
        RestClient.Answer answer = demo.rest().get("admin", "/pipelines/ACME/nothing-here");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.firstError()).isEqualTo("Not found.");
    }

    private static int sumCounts(JsonNode reasons) {
        int sum = 0;
        for (JsonNode reason : reasons) {
            sum += reason.path("count").asInt();
        }
        return sum;
    }

    private static List<String> keys(JsonNode stages) {
        return keysOf(stages, "key");
    }

    private static List<String> keysOf(JsonNode items, String field) {
        List<String> keys = new ArrayList<>();
        items.forEach(item -> keys.add(item.path(field).asText()));
        return keys;
    }

    private static PipelineConfig acme() {
        return data().pipelines().get(0).config();
    }

    private static ReferenceMetrics reference() {
        return ReferenceMetrics.of(acme().mapping(), data().deals().stream()
                .filter(d -> d.projectKey().equals("ACME")).map(DealSpec::toRecord).toList());
    }

    private static HistoryFile data() {
        return DemoData.defaults(NOW);
    }
}
