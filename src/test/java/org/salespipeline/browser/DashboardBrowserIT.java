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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoOptions;

/** A manager configures the Sales Pipeline gadgets on the demo dashboard and sees the REST API's numbers. */
class DashboardBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GADGETS = List.of("funnel", "pipeline", "velocity", "stalled", "outcomes", "forecast");

    @Test
    @DisplayName("configured gadgets show the REST numbers, remember their settings, and render for the README")
    void configureGadgets(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/dashboard");
            driver.findElement(By.id("login-admin")).click();
            WebElement funnel = waitFor(driver, "#gadget-funnel .sp-empty");
            assertThat(funnel.getText()).contains("Choose a pipeline");

            for (String gadget : GADGETS) {
                configure(driver, gadget, "ACME", "365");
            }

            JsonNode funnelAnswer = rest(host, "funnel", query(driver, "funnel"));
            List<WebElement> steps = driver.findElements(By.cssSelector("#gadget-funnel .sp-step"));
            assertThat(steps).hasSize(8);
            for (int i = 0; i < steps.size(); i++) {
                JsonNode stage = funnelAnswer.path("stages").path(i);
                assertThat(steps.get(i).getAttribute("data-key")).isEqualTo(stage.path("key").asText());
                assertThat(steps.get(i).findElement(By.className("sp-step-count")).getText())
                        .isEqualTo(String.format("%,d", stage.path("reached").asInt()));
            }
            assertThat(driver.findElement(By.cssSelector("#gadget-funnel .sp-caption")).getText())
                    .startsWith(String.format("%,d", funnelAnswer.path("cohort").asInt()));

            JsonNode summary = rest(host, "summary", query(driver, "pipeline"));
            WebElement total = driver.findElement(By.cssSelector("#gadget-pipeline tfoot .sp-total"));
            assertThat(Integer.parseInt(total.getAttribute("data-deals"))).isEqualTo(summary.path("totalDeals").asInt());
            assertThat(Double.parseDouble(total.getAttribute("data-value")))
                    .isCloseTo(summary.path("totalValue").asDouble(), within(1e-6));

            JsonNode velocity = rest(host, "velocity", query(driver, "velocity"));
            assertThat(driver.findElement(By.cssSelector("#gadget-velocity [data-kpi='openDeals'] .sp-kpi-value")).getText())
                    .isEqualTo(String.format("%,d", velocity.path("openDeals").asInt()));

            JsonNode stalled = rest(host, "stalled", query(driver, "stalled"));
            List<WebElement> stalledRows = driver.findElements(By.cssSelector("#gadget-stalled tbody tr"));
            assertThat(stalledRows).hasSize(stalled.path("deals").size());
            assertThat(stalledRows.get(0).findElement(By.tagName("a")).getAttribute("href"))
                    .endsWith("/browse/" + stalled.path("deals").path(0).path("key").asText());

            driver.navigate().refresh();
            waitFor(driver, "#gadget-funnel .sp-funnel");
            assertThat(driver.findElements(By.cssSelector("#gadget-funnel .sp-step"))).hasSize(8);
            assertThat(Files.size(browser.screenshotOf(driver.findElement(By.className("demo-dashboard")), "dashboard")))
                    .isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Asia/Jerusalem", "America/Los_Angeles", "Pacific/Auckland"})
    @DisplayName("a gadget's period is whole days in the user's time zone, also across a daylight-saving change")
    void periodInUserTimeZone(String zone, @TempDir Path database) throws Exception {
        Instant now = Instant.parse("2026-03-29T21:30:00Z");
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/dashboard");
            driver.findElement(By.id("login-admin")).click();
            waitFor(driver, "#gadget-funnel .sp-empty");

            @SuppressWarnings("unchecked")
            Map<String, Object> range = (Map<String, Object>) driver.executeAsyncScript(
                    "var zone = arguments[0], now = arguments[1], done = arguments[2];"
                    + "require(['sales-pipeline/dashboard/period'], function (period) {"
                    + "  done(period.lastDays(30, zone, now)); });", zone, now.toEpochMilli());

            LocalDate today = LocalDate.ofInstant(now, ZoneId.of(zone));
            assertThat(range.get("to")).isEqualTo(today.plusDays(1).atStartOfDay(ZoneId.of(zone)).toInstant().toString()
                    .replace("Z", ".000Z"));
            assertThat(range.get("from")).isEqualTo(today.minusDays(29).atStartOfDay(ZoneId.of(zone)).toInstant().toString()
                    .replace("Z", ".000Z"));
            assertThat(range.get("today")).isEqualTo(today.toString());
        }
    }

    private static void configure(ChromeDriver driver, String gadget, String project, String days) {
        String frame = "#gadget-" + gadget;
        driver.findElement(By.cssSelector(frame + " .demo-gadget-settings")).click();
        WebElement form = waitFor(driver, frame + " form.sp-settings");
        new Select(form.findElement(By.name("project"))).selectByValue(project);
        new Select(form.findElement(By.name("days"))).selectByValue(days);
        form.findElement(By.className("sp-save")).click();
        waitFor(driver, frame + " .sp-gadget[data-project='" + project + "']");
    }

    private static WebElement waitFor(ChromeDriver driver, String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The query the gadget sent, as it recorded it on its root element. */
    private static JsonNode query(ChromeDriver driver, String gadget) throws Exception {
        return JSON.readTree(driver.findElement(By.cssSelector("#gadget-" + gadget + " .sp-gadget")).getAttribute("data-query"));
    }

    private static JsonNode rest(DemoHost host, String metric, JsonNode params) throws Exception {
        StringBuilder url = new StringBuilder(host.baseUrl() + "/rest/sales-pipeline/1.0/pipelines/ACME/" + metric + "?");
        for (Iterator<Map.Entry<String, JsonNode>> fields = params.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            url.append(field.getKey()).append('=').append(URLEncoder.encode(field.getValue().asText(), StandardCharsets.UTF_8)).append('&');
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url.toString()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
