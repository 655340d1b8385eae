package org.salespipeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
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
import org.salespipeline.demo.DemoJira;
import org.salespipeline.demo.DemoOptions;

/** A manager configures the Sales Pipeline gadgets on the demo dashboard and sees the REST API's numbers. */
class DashboardBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GADGETS = List.of("funnel", "pipeline", "velocity", "stalled", "outcomes", "forecast",
            "time-in-stage");
    /** The gadget widths a dashboard column may have, from the narrowest the gadgets are made for. */
    private static final List<Integer> WIDTHS = List.of(280, 320, 480, 800);

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
            // A funnel bar opens its deals in the issue navigator, searched with the window the gadget asked REST for.
            JsonNode asked = query(driver, "funnel");
            String href = driver.findElement(By.cssSelector("#gadget-funnel .sp-step[data-key=PROPOSAL] .sp-step-count a"))
                    .getAttribute("href");
            assertThat(href).contains("/issues/?jql=");
            assertThat(URLDecoder.decode(href.substring(href.indexOf("jql=") + 4), StandardCharsets.UTF_8))
                    .isEqualTo("issue in pipelineCohort(\"ACME\", \"" + asked.path("from").asText() + "\", \""
                            + asked.path("to").asText() + "\", \"PROPOSAL\")");
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

            String pipelineName = null;
            for (JsonNode pipeline : get(host, "/rest/sales-pipeline/1.0/pipelines").path("pipelines")) {
                pipelineName = pipeline.path("project").asText().equals("ACME") ? pipeline.path("name").asText() : pipelineName;
            }
            for (String gadget : GADGETS) {
                WebElement line = driver.findElement(By.cssSelector("#gadget-" + gadget + " .sp-context"));
                assertThat(line.findElement(By.className("sp-context-pipeline")).getText()).as(gadget).isEqualTo(pipelineName);
                assertThat(line.findElement(By.className("sp-context-period")).getText()).as(gadget)
                        .matches(gadget.equals("forecast") ? "Next 365 days, .+ – .+"
                                : gadget.equals("pipeline") || gadget.equals("stalled") ? "Open deals now, .+" : "Last 365 days, .+ – .+");
                assertThat(line.findElements(By.className("sp-context-owner"))).as(gadget).isEmpty();
                assertThat(line.findElement(By.className("sp-open-settings")).getText()).isEqualTo("Settings");
            }

            assertThat(driver.findElement(By.cssSelector("#gadget-funnel .sp-total")).getText())
                    .isEqualTo(String.format("Created → won: %.1f %%", funnelAnswer.path("createdToWon").asDouble() * 100));
            assertThat(driver.findElement(By.cssSelector("#gadget-funnel .sp-total")).getAttribute("title")).contains("won ÷ created");
            JsonNode outcomes = rest(host, "outcomes", query(driver, "outcomes"));
            assertThat(driver.findElement(By.cssSelector("#gadget-outcomes .sp-win-rate")).getText())
                    .isEqualTo(String.format("Win rate: %.1f %%", outcomes.path("winRate").asDouble() * 100));
            assertThat(driver.findElement(By.cssSelector("#gadget-velocity [data-kpi='winRate'] .sp-kpi-label")).getText())
                    .isEqualTo("Win rate");
            assertThat(driver.findElement(By.cssSelector("#gadget-velocity [data-kpi='winRate']")).getAttribute("title"))
                    .startsWith("Won ÷ (won + lost)");

            JsonNode firstStalled = stalled.path("deals").path(0);
            assertThat(stalledRows.get(0).findElement(By.className("sp-owner")).getText()).isEqualTo(firstStalled.path("ownerName").asText());
            assertThat(stalledRows.get(0).findElement(By.className("sp-amount")).getText())
                    .isEqualTo(String.format("$%,.0f", firstStalled.path("amount").asDouble()));

            JsonNode time = rest(host, "time-in-stage", query(driver, "time-in-stage"));
            JsonNode timeFunnel = rest(host, "funnel", query(driver, "time-in-stage"));
            List<WebElement> stays = driver.findElements(By.cssSelector("#gadget-time-in-stage .sp-stay"));
            assertThat(stays).hasSize(time.path("stages").size()).hasSize(7);
            for (int i = 0; i < stays.size(); i++) {
                JsonNode stage = time.path("stages").path(i);
                assertThat(stays.get(i).getAttribute("data-key")).isEqualTo(stage.path("key").asText());
                assertThat(stays.get(i).findElement(By.className("sp-stays")).getText())
                        .startsWith(String.format("%,d stay", stage.path("stays").asInt()));
                assertThat(stays.get(i).findElement(By.className("sp-went-on")).getText())
                        .isEqualTo(String.format("%.1f %% of deals created in the period went on",
                                timeFunnel.path("stages").path(i).path("conversion").asDouble() * 100));
                assertThat(stays.get(i).getAttribute("data-bottleneck"))
                        .isEqualTo(stage.path("key").asText().equals(time.path("bottleneck").asText()) ? "true" : null);
            }
            assertThat(driver.findElement(By.cssSelector("#gadget-time-in-stage .sp-bottleneck-line")).getAttribute("data-bottleneck"))
                    .isEqualTo(time.path("bottleneck").asText(""));

            for (String gadget : GADGETS) {
                WebElement csv = driver.findElement(By.cssSelector("#gadget-" + gadget + " a.sp-csv"));
                JsonNode params = query(driver, gadget);
                String metric = gadget.equals("pipeline") ? "summary" : gadget;
                assertThat(csv.getAttribute("href")).as(gadget).contains("/rest/sales-pipeline/1.0/pipelines/ACME/" + metric + "?")
                        .endsWith("&format=csv");
                assertThat(csv.getText()).isEqualTo("Download CSV");
                @SuppressWarnings("unchecked")
                Map<String, Object> download = (Map<String, Object>) driver.executeAsyncScript(
                        "var done = arguments[1]; fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + " return r.text().then(function (t) { done({status: r.status, type: r.headers.get('Content-Type'),"
                        + " header: t.split('\\r\\n')[0]}); }); });", csv.getAttribute("href"));
                assertThat(download.get("status")).as(gadget).isEqualTo(200L);
                assertThat((String) download.get("type")).as(gadget).startsWith("text/csv");
                assertThat(params.size()).isPositive();
            }

            driver.findElement(By.cssSelector("#gadget-stalled .sp-open-settings")).click();
            assertThat(waitFor(driver, "#gadget-stalled form.sp-settings select[name=days]").getAttribute("value")).isEqualTo("365");
            driver.findElement(By.cssSelector("#gadget-stalled .sp-cancel")).click();
            waitFor(driver, "#gadget-stalled .sp-context");

            // Tall enough for all seven gadgets in the screenshot the README shows.
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2600));
            driver.navigate().refresh();
            waitFor(driver, "#gadget-funnel .sp-funnel");
            assertThat(driver.findElements(By.cssSelector("#gadget-funnel .sp-step"))).hasSize(8);
            waitFor(driver, "#gadget-time-in-stage .sp-stay");
            waitFor(driver, "#gadget-forecast .sp-context");
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

    @Test
    @DisplayName("from 280 px wide no element spills out of its gadget, rows line up, and zero draws no bar")
    void narrowColumnsAndOwners(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/dashboard");
            driver.findElement(By.id("login-admin")).click();
            waitFor(driver, "#gadget-funnel .sp-empty");
            for (String gadget : GADGETS) {
                configure(driver, gadget, "ACME", "365");
            }
            for (int width : WIDTHS) {
                driver.executeScript("document.querySelector('.demo-dashboard').style.gridTemplateColumns = arguments[0] + 'px';", width);
                for (String gadget : GADGETS) {
                    WebElement body = driver.findElement(By.cssSelector("#gadget-" + gadget + " .demo-gadget-body"));
                    assertThat(body.getRect().getWidth()).as("%s at %d px", gadget, width).isEqualTo(width - 24);
                    assertThat(overflowing(driver, body)).as("elements of %s outside it at %d px", gadget, width).isEmpty();
                    assertThat(misalignedCells(driver, body)).as("table cells of %s out of line at %d px", gadget, width).isEmpty();
                }
            }
            @SuppressWarnings("unchecked")
            List<Object> zeroBars = (List<Object>) driver.executeScript("return Array.prototype.map.call("
                    + "document.querySelectorAll('.sp-bar'), function (bar) { return bar.getBoundingClientRect().width; })"
                    + ".filter(function (w) { return w < 1; });");
            assertThat(zeroBars).isEmpty();
            assertThat(driver.findElements(By.cssSelector("#gadget-pipeline tbody tr[data-value='0.0'] .sp-bar"))).isEmpty();

        }
    }

    @Test
    @DisplayName("the owner setting picks a deal owner by display name; the top line and an empty answer name them, and a saved user name still works")
    void ownerPicker(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/dashboard");
            driver.findElement(By.id("login-admin")).click();
            waitFor(driver, "#gadget-funnel .sp-empty");
            configure(driver, "funnel", "ACME", "30");
            JsonNode period = query(driver, "funnel");
            JsonNode owners = get(host, "/rest/sales-pipeline/1.0/pipelines/ACME/owners").path("owners");
            // A deal owner of the pipeline who created no deal in these 30 days.
            JsonNode idle = null;
            for (JsonNode owner : owners) {
                JsonNode funnel = get(host, "/rest/sales-pipeline/1.0/pipelines/ACME/funnel?from=" + encode(period.path("from").asText())
                        + "&to=" + encode(period.path("to").asText()) + "&owner=" + encode(owner.path("key").asText()));
                if (idle == null && owner.path("known").asBoolean() && funnel.path("cohort").asInt() == 0) {
                    idle = owner;
                }
            }
            assertThat(idle).as("an owner without deals created in the last 30 days").isNotNull();

            driver.findElement(By.cssSelector("#gadget-funnel .demo-gadget-settings")).click();
            WebElement form = waitFor(driver, "#gadget-funnel form.sp-settings");
            waitFor(driver, "#gadget-funnel select[name=owner] option[value='" + DemoJira.REP_KEY + "']");
            List<String> offered = new Select(form.findElement(By.name("owner"))).getOptions().stream().map(WebElement::getText).toList();
            List<String> expected = new java.util.ArrayList<>(List.of("Everyone"));
            owners.forEach(owner -> expected.add(owner.path("known").asBoolean() ? owner.path("name").asText()
                    : owner.path("name").asText() + " (no longer in Jira)"));
            assertThat(offered).as("the pipeline's deal owners by display name").isEqualTo(expected)
                    .contains(DemoJira.REP_NAME, DemoJira.keyOf(DemoJira.FORMER) + " (no longer in Jira)").doesNotContain("rep");
            new Select(form.findElement(By.name("owner"))).selectByVisibleText(idle.path("name").asText());
            form.findElement(By.className("sp-save")).click();
            WebElement line = waitFor(driver, "#gadget-funnel .sp-gadget[data-project='ACME'] .sp-context-owner");
            assertThat(line.getText()).isEqualTo("Owner: " + idle.path("name").asText());
            assertThat(query(driver, "funnel").path("owner").asText()).as("the gadget asks by user key").isEqualTo(idle.path("key").asText());
            assertThat(driver.findElement(By.cssSelector("#gadget-funnel .sp-empty")).getText())
                    .isEqualTo("No deals owned by " + idle.path("name").asText() + " in this period.");

            // A setting saved before owners were kept by key holds a user name, in whatever case it was typed.
            driver.executeScript("localStorage.setItem('sales-pipeline.demo.gadget.velocity',"
                    + " JSON.stringify({project: 'ACME', days: '365', owner: 'REP'}));");
            driver.navigate().refresh();
            WebElement velocity = waitFor(driver, "#gadget-velocity .sp-context-owner");
            assertThat(velocity.getText()).isEqualTo("Owner: " + DemoJira.REP_NAME);
            assertThat(driver.findElements(By.cssSelector("#gadget-velocity .sp-error"))).isEmpty();
            driver.findElement(By.cssSelector("#gadget-velocity .demo-gadget-settings")).click();
            waitFor(driver, "#gadget-velocity select[name=owner] option[value='" + DemoJira.REP_KEY + "']");
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> DemoJira.REP_KEY.equals(
                    new Select(d.findElement(By.cssSelector("#gadget-velocity select[name=owner]"))).getFirstSelectedOption().getAttribute("value")));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Each element below the gadget's body whose box reaches outside the body's box, described. */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing(ChromeDriver driver, WebElement body) {
        return (List<String>) driver.executeScript(
                "var outer = arguments[0].getBoundingClientRect(), found = [];"
                + "arguments[0].querySelectorAll('*').forEach(function (node) {"
                + "  var box = node.getBoundingClientRect();"
                + "  if (box.width === 0 && box.height === 0) { return; }"
                + "  if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5) {"
                + "    found.push(node.tagName + '.' + node.className + ' [' + Math.round(box.left - outer.left) + ', '"
                + "      + Math.round(box.right - outer.left) + '] of ' + Math.round(outer.width) + ': ' + node.textContent.slice(0, 40)); } });"
                + "return found;", body);
    }

    /** Each table row of the gadget whose cells' top or bottom edges differ, described. */
    @SuppressWarnings("unchecked")
    private static List<String> misalignedCells(ChromeDriver driver, WebElement body) {
        return (List<String>) driver.executeScript(
                "var found = [];"
                + "arguments[0].querySelectorAll('tr').forEach(function (row) {"
                + "  var cells = Array.prototype.map.call(row.children, function (c) { return c.getBoundingClientRect(); });"
                + "  var style = Array.prototype.map.call(row.children, function (c) { return getComputedStyle(c).borderBottomWidth; });"
                + "  cells.forEach(function (box, i) {"
                + "    if (Math.abs(box.top - cells[0].top) > 0.5 || Math.abs(box.bottom - cells[0].bottom) > 0.5 || style[i] !== style[0]) {"
                + "      found.push(row.textContent.slice(0, 40) + ' cell ' + i + ': ' + box.top + '/' + box.bottom + '/' + style[i]"
                + "        + ' against ' + cells[0].top + '/' + cells[0].bottom + '/' + style[0]); } }); });"
                + "return found;", body);
    }

    private static void configure(ChromeDriver driver, String gadget, String project, String days) {
        configure(driver, gadget, project, days, "");
    }

    private static void configure(ChromeDriver driver, String gadget, String project, String days, String owner) {
        String frame = "#gadget-" + gadget;
        driver.findElement(By.cssSelector(frame + " .demo-gadget-settings")).click();
        WebElement form = waitFor(driver, frame + " form.sp-settings");
        new Select(form.findElement(By.name("project"))).selectByValue(project);
        new Select(form.findElement(By.name("days"))).selectByValue(days);
        if (!owner.isEmpty()) {
            waitFor(driver, frame + " select[name=owner] option[value='" + owner + "']");
        }
        new Select(form.findElement(By.name("owner"))).selectByValue(owner);
        form.findElement(By.className("sp-save")).click();
        waitFor(driver, frame + " .sp-gadget[data-project='" + project + "']" + (owner.isEmpty() ? "" : " .sp-context-owner"));
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
        return get(host, url.substring(host.baseUrl().length()));
    }

    private static JsonNode get(DemoHost host, String path) throws Exception {
        String url = host.baseUrl() + path;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url.toString()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
