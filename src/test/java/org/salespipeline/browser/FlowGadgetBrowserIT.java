package org.salespipeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoOptions;

/**
 * A manager reads the pipeline changes gadget on the demo dashboard: its bars are the REST flow's for the period the
 * server names, they add up from Opening to Closing on screen, and a bar opens its deals.
 */
class FlowGadgetBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final List<String> STEPS = List.of("created", "pulledIn", "reopened", "won", "lost", "disqualified",
            "pushedOut", "increased", "decreased");

    @Test
    @DisplayName("the bars match the REST flow for this quarter, add up from Opening to Closing, and the won bar opens its deals")
    void barsMatchTheFlowAndOpenTheirDeals(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database, null, NOW)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/dashboard");
            driver.findElement(By.id("login-admin")).click();
            assertThat(waitFor(driver, "#gadget-flow .sp-empty").getText()).contains("Choose a pipeline");

            configure(driver, "thisQuarter", "");
            JsonNode periods = get(host, "/rest/sales-pipeline/1.0/pipelines/ACME/periods");
            JsonNode quarter = periods.path("periods").path(4);
            JsonNode query = query(driver);
            assertThat(query.path("from").asText()).as("the period is the server's").isEqualTo(quarter.path("from").asText());
            assertThat(query.path("to").asText()).isEqualTo(quarter.path("to").asText());
            assertThat(driver.findElement(By.cssSelector("#gadget-flow .sp-context-period")).getText())
                    .startsWith(quarter.path("label").asText());
            JsonNode flow = rest(host, "flow", query);
            assertBarsAre(driver, flow);
            assertThat(flow.path("opening").path("deals").asInt() + flow.path("closing").path("deals").asInt())
                    .as("the demo quarter has deals").isPositive();
            browser.screenshotOf(driver.findElement(By.id("gadget-flow")), "flow-gadget");

            String kind = firstBarWithDeals(flow);
            driver.findElement(By.cssSelector("#gadget-flow .sp-flow-bar[data-kind='" + kind + "']")).click();
            waitFor(driver, "#gadget-flow .sp-flow-list[data-kind='" + kind + "'] h4");
            JsonNode listed = rest(host, "flow/deals", ((com.fasterxml.jackson.databind.node.ObjectNode) query.deepCopy())
                    .put("kind", kind).put("start", 0).put("limit", 20));
            List<String> expected = new ArrayList<>();
            listed.path("deals").forEach(deal -> expected.add(deal.path("key").asText()));
            List<String> shown = driver.findElements(By.cssSelector("#gadget-flow .sp-flow-list tbody tr")).stream()
                    .map(row -> row.getAttribute("data-key")).toList();
            assertThat(shown).as("the " + kind + " bar's deals").isNotEmpty().isEqualTo(expected);

            configure(driver, "thisQuarter", "closingThisQuarter");
            JsonNode windowed = query(driver);
            JsonNode window = periods.path("closeWindows").path(1);
            assertThat(windowed.path("closeFrom").asText()).isEqualTo(window.path("closeFrom").asText());
            assertThat(windowed.path("closeTo").asText()).isEqualTo(window.path("closeTo").asText());
            assertBarsAre(driver, rest(host, "flow", windowed));
        }
    }

    /** Each bar shows the REST answer's value and count, starts where the one before ends, and Closing is where they end. */
    private static void assertBarsAre(ChromeDriver driver, JsonNode flow) {
        List<WebElement> bars = driver.findElements(By.cssSelector("#gadget-flow .sp-flow-bar"));
        assertThat(bars).extracting(bar -> bar.getAttribute("data-kind")).containsExactlyElementsOf(
                concat("opening", STEPS, "closing"));
        assertThat(number(bars.get(0), "data-value")).isCloseTo(flow.path("opening").path("value").asDouble(), within(1e-6));
        assertThat(bars.get(0).getAttribute("data-deals")).isEqualTo(flow.path("opening").path("deals").asText());
        double walked = number(bars.get(0), "data-end");
        for (int i = 1; i <= STEPS.size(); i++) {
            WebElement bar = bars.get(i);
            String kind = STEPS.get(i - 1);
            double value = kind.equals("increased") || kind.equals("decreased") ? flow.path(kind).asDouble()
                    : movement(flow, kind).path("value").asDouble();
            assertThat(number(bar, "data-value")).as(kind).isCloseTo(value, within(1e-6));
            if (!kind.equals("increased") && !kind.equals("decreased")) {
                assertThat(bar.getAttribute("data-deals")).as(kind).isEqualTo(movement(flow, kind).path("deals").asText());
            }
            assertThat(number(bar, "data-start")).as(kind + " starts where the bar before ends").isCloseTo(walked, within(1e-6));
            walked = number(bar, "data-end");
        }
        WebElement closing = bars.get(bars.size() - 1);
        assertThat(number(closing, "data-value")).isCloseTo(flow.path("closing").path("value").asDouble(), within(1e-6));
        assertThat(walked).as("the bars add up to Closing").isCloseTo(number(closing, "data-value"), within(0.005));
        assertThat(closing.getAttribute("data-deals")).isEqualTo(flow.path("closing").path("deals").asText());

        WebElement identity = driver.findElement(By.cssSelector("#gadget-flow .sp-flow-identity"));
        assertThat(number(identity, "data-opening") - number(identity, "data-left") + number(identity, "data-entered")
                + number(identity, "data-increased") - number(identity, "data-decreased"))
                .as("the identity on screen").isCloseTo(number(identity, "data-closing"), within(0.005));
        assertThat(identity.getText()).startsWith("Opening ").contains(" \u2212 left ", " + entered ", " = Closing ");
        assertThat(driver.findElement(By.cssSelector("#gadget-flow .sp-flow-chart")).getAttribute("data-identity"))
                .isEqualTo("holds");
        assertThat(driver.findElement(By.cssSelector("#gadget-flow .sp-flow-without-amount")).getAttribute("data-deals"))
                .isEqualTo(flow.path("dealsWithoutAmount").asText());
    }

    private static String firstBarWithDeals(JsonNode flow) {
        for (String kind : List.of("won", "created", "lost", "pushedOut", "disqualified", "pulledIn", "reopened")) {
            if (movement(flow, kind).path("deals").asInt() > 0) {
                return kind;
            }
        }
        throw new AssertionError("no movement of the demo quarter has deals: " + flow);
    }

    private static JsonNode movement(JsonNode flow, String kind) {
        for (JsonNode movement : flow.path("movements")) {
            if (movement.path("kind").asText().equals(kind)) {
                return movement;
            }
        }
        throw new AssertionError("no movement " + kind + " in " + flow);
    }

    private static List<String> concat(String first, List<String> middle, String last) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(middle);
        all.add(last);
        return all;
    }

    private static double number(WebElement element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static void configure(ChromeDriver driver, String period, String window) {
        driver.findElement(By.cssSelector("#gadget-flow .demo-gadget-settings")).click();
        WebElement form = waitFor(driver, "#gadget-flow form.sp-settings");
        new Select(form.findElement(By.name("project"))).selectByValue("ACME");
        new Select(form.findElement(By.name("period"))).selectByValue(period);
        new Select(form.findElement(By.name("window"))).selectByValue(window);
        String before = String.valueOf(driver.executeScript(
                "var g = document.querySelector('#gadget-flow .sp-gadget'); return g ? g.getAttribute('data-query') : '';"));
        form.findElement(By.className("sp-save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            Object now = ((ChromeDriver) d).executeScript(
                    "var g = document.querySelector('#gadget-flow .sp-gadget[data-project=ACME]');"
                            + " return g && g.querySelector('.sp-flow-chart') ? g.getAttribute('data-query') : null;");
            return now != null && !now.equals(before);
        });
    }

    private static WebElement waitFor(ChromeDriver driver, String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static JsonNode query(ChromeDriver driver) throws Exception {
        return JSON.readTree(driver.findElement(By.cssSelector("#gadget-flow .sp-gadget")).getAttribute("data-query"));
    }

    private static JsonNode rest(DemoHost host, String metric, JsonNode params) throws Exception {
        StringBuilder path = new StringBuilder("/rest/sales-pipeline/1.0/pipelines/ACME/" + metric + "?");
        for (Iterator<Map.Entry<String, JsonNode>> fields = params.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isNull() && !field.getValue().asText().isEmpty()) {
                path.append(field.getKey()).append('=')
                        .append(URLEncoder.encode(field.getValue().asText(), StandardCharsets.UTF_8)).append('&');
            }
        }
        return get(host, path.toString());
    }

    private static JsonNode get(DemoHost host, String path) throws Exception {
        String url = host.baseUrl() + path;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
