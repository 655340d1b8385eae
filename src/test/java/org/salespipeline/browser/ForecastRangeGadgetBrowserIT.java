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
import java.util.Base64;
import java.util.Iterator;
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
 * A manager reads the forecast range gadget on the demo dashboard: its band, P50 and won so far are the REST forecast
 * range's for the window the server's calendar names, and its track record says what the backtest's summary says.
 */
class ForecastRangeGadgetBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String GADGET = "#gadget-forecast-range";

    @Test
    @DisplayName("the band and won so far match the REST forecast range of this quarter and this month, and the track record the backtest")
    void figuresMatchTheForecastRangeAndItsBacktest(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database, null, NOW)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/dashboard");
            driver.findElement(By.id("login-admin")).click();
            assertThat(waitFor(driver, GADGET + " .sp-empty").getText()).contains("Choose a pipeline");
            JsonNode periods = get(host, "/rest/sales-pipeline/1.0/pipelines/ACME/periods");

            configure(driver, "thisQuarter");
            JsonNode range = assertFiguresAre(driver, host, period(periods, "thisQuarter"));
            assertThat(range.path("openDeals").asInt()).as("the demo quarter has open deals").isPositive();
            assertRecordIs(driver, host, "quarter", "quarters");
            browser.screenshotOf(driver.findElement(By.id("gadget-forecast-range")), "forecast-range-gadget");

            WebElement open = driver.findElement(By.cssSelector(GADGET + " .sp-fr-open"));
            assertThat(open.getAttribute("data-deals")).isEqualTo(range.path("openDeals").asText());
            assertThat(open.findElement(By.className("sp-fr-open-link")).getAttribute("href"))
                    .as("the open deals open the pipeline board").endsWith("/plugins/servlet/sales-pipeline/board/ACME");

            configure(driver, "thisMonth");
            assertFiguresAre(driver, host, period(periods, "thisMonth"));
            assertRecordIs(driver, host, "month", "months");
        }
    }

    /** The gadget asked for the server's window, and shows the REST answer's P10, P50, P90 and won so far. */
    private static JsonNode assertFiguresAre(ChromeDriver driver, DemoHost host, JsonNode period) throws Exception {
        JsonNode query = JSON.readTree(driver.findElement(By.cssSelector(GADGET + " .sp-gadget")).getAttribute("data-query"));
        assertThat(query.path("from").asText()).as("the window is the server's").isEqualTo(period.path("from").asText());
        assertThat(query.path("to").asText()).isEqualTo(period.path("to").asText());
        assertThat(driver.findElement(By.cssSelector(GADGET + " .sp-context-period")).getText())
                .startsWith(period.path("label").asText());
        JsonNode range = rest(host, "forecast-range", query);
        WebElement chart = driver.findElement(By.cssSelector(GADGET + " .sp-fr-chart"));
        for (String figure : new String[] {"p10", "p50", "p90"}) {
            assertThat(Double.parseDouble(chart.getAttribute("data-" + figure))).as(figure)
                    .isCloseTo(range.path(figure).asDouble(), within(1e-6));
        }
        assertThat(Double.parseDouble(chart.getAttribute("data-won"))).as("won so far")
                .isCloseTo(range.path("wonSoFar").asDouble(), within(1e-6));
        assertThat(driver.findElement(By.cssSelector(GADGET + " .sp-fr-p50")).getText()).startsWith("P50 ")
                .contains(whole(range.path("p50").asDouble()));
        assertThat(driver.findElement(By.cssSelector(GADGET + " .sp-fr-won dd")).getText())
                .contains(whole(range.path("wonSoFar").asDouble()));
        return range;
    }

    /** The sentence beneath says what the backtest of the window's granularity says. */
    private static void assertRecordIs(ChromeDriver driver, DemoHost host, String granularity, String unit) throws Exception {
        JsonNode summary = get(host, "/rest/sales-pipeline/1.0/pipelines/ACME/forecast-range/backtest?granularity=" + granularity)
                .path("summary");
        WebElement record = driver.findElement(By.cssSelector(GADGET + " .sp-fr-record"));
        assertThat(record.getAttribute("data-granularity")).isEqualTo(granularity);
        assertThat(summary.path("wapeP50").isNumber()).as("the demo's past " + unit + " won deals").isTrue();
        int windows = summary.path("windows").asInt();
        assertThat(record.getText()).isEqualTo("Over the last " + windows + " " + unit + " the P50 was off by "
                + Math.round(summary.path("wapeP50").asDouble() * 100) + " % on average; the typed-in probabilities were off by "
                + Math.round(summary.path("wapeWeighted").asDouble() * 100) + " %; the actual fell inside the band in "
                + summary.path("inBand").asInt() + " of " + windows + ".");
    }

    /** An amount in whole units as the English locale groups it, rounded as the gadget rounds it, e.g. 12,346 for 12345.6. */
    private static String whole(double amount) {
        return String.format(java.util.Locale.US, "%,d", Math.round(amount));
    }

    private static JsonNode period(JsonNode periods, String key) {
        for (JsonNode period : periods.path("periods")) {
            if (period.path("key").asText().equals(key)) {
                return period;
            }
        }
        throw new AssertionError("no period " + key + " in " + periods);
    }

    private static void configure(ChromeDriver driver, String period) {
        driver.findElement(By.cssSelector(GADGET + " .demo-gadget-settings")).click();
        WebElement form = waitFor(driver, GADGET + " form.sp-settings");
        new Select(form.findElement(By.name("project"))).selectByValue("ACME");
        new Select(form.findElement(By.name("period"))).selectByValue(period);
        String before = String.valueOf(driver.executeScript(
                "var g = document.querySelector('" + GADGET + " .sp-gadget'); return g ? g.getAttribute('data-query') : '';"));
        form.findElement(By.className("sp-save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            Object now = ((ChromeDriver) d).executeScript(
                    "var g = document.querySelector('" + GADGET + " .sp-gadget[data-project=ACME]');"
                            + " return g && g.querySelector('.sp-fr-chart') ? g.getAttribute('data-query') : null;");
            return now != null && !now.equals(before);
        });
    }

    private static WebElement waitFor(ChromeDriver driver, String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
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
