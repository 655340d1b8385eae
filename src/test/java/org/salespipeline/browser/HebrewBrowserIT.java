package org.salespipeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
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
 * Dana reads Jira in Hebrew: the app's panel, gadgets and refusals speak Hebrew right to left inside Jira's own
 * left-to-right page; an admin who chooses Hebrew gets the admin pages so; rep, in English, sees the same pages as before.
 */
class HebrewBrowserIT {

    private static final String HEBREW = ".*[\\u0590-\\u05FF].*";
    private static final String ADMIN = "/plugins/servlet/sales-pipeline/admin";

    @Test
    @DisplayName("dana's panel and dashboard are right to left in Hebrew with no raw key; a refused move and a REST error come in Hebrew")
    void danaReadsHebrew(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            String key = host.dealAt("ACME", "Qualification", 0);
            driver.get(host.baseUrl() + "/browse/" + key);
            driver.findElement(By.id("login-dana")).click();
            WebElement panel = loadedPanel(driver);
            assertThat(panel.getAttribute("dir")).isEqualTo("rtl");
            assertThat(panel.getAttribute("lang")).isEqualTo("he");
            assertThat(panel.findElement(By.cssSelector(".sp-pipeline")).getText()).matches(HEBREW);
            assertThat(panel.getText()).doesNotContain("sales-pipeline.");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).as("Jira's own page stays").isNotEqualTo("rtl");
            browser.screenshotOf(panel, "deal-panel-he");
            assertThat(new Select(panel.findElement(By.cssSelector(".sp-language-choice"))).getFirstSelectedOption()
                    .getAttribute("value")).as("no choice of her own: Jira's language").isEmpty();

            new Select(driver.findElement(By.id("transition-status"))).selectByVisibleText("Initial Contact");
            driver.findElement(By.id("transition-submit")).click();
            assertThat(wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("transition-errors"))).getText())
                    .contains("\u05e6\u05d9\u05d5\u05df BANT 0 \u05e0\u05de\u05d5\u05da \u05de\u05d4\u05e1\u05e3 \u05d4\u05e0\u05d3\u05e8\u05e9 3");

            HttpResponse<String> missing = get(host, "dana", "/rest/sales-pipeline/1.0/deals/ACME-99999");
            assertThat(missing.statusCode()).isEqualTo(404);
            JsonNode error = new ObjectMapper().readTree(missing.body()).path("errors").path(0);
            assertThat(error.path("key").asText()).isEqualTo("sales-pipeline.error.no-deal");
            assertThat(error.path("message").asText()).matches(HEBREW).contains("ACME-99999");

            driver.get(host.baseUrl() + "/dashboard");
            WebElement empty = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#gadget-funnel .sp-empty")));
            WebElement gadget = (WebElement) driver.executeScript("return arguments[0].closest('[dir]');", empty);
            assertThat(gadget.getAttribute("dir")).isEqualTo("rtl");
            assertThat(empty.getText()).matches(HEBREW);
            assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("sales-pipeline.");

            // Every gadget set to ACME and the last 365 days, as the English screenshot shows them.
            List<String> gadgets = org.salespipeline.demo.PluginDescriptor.load().dashboardItems().stream()
                    .map(org.salespipeline.demo.PluginDescriptor.DashboardItem::name).toList();
            for (String name : gadgets) {
                driver.executeScript("localStorage.setItem('sales-pipeline.demo.gadget." + name + "',"
                        + " JSON.stringify({project: 'ACME', days: '365'}));");
            }
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2600));
            driver.navigate().refresh();
            wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#gadget-funnel .sp-funnel")));
            wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#gadget-time-in-stage .sp-stay")));
            wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#gadget-forecast .sp-context")));
            for (String name : gadgets) {
                WebElement context = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#gadget-" + name + " .sp-context")));
                WebElement container = (WebElement) driver.executeScript("return arguments[0].closest('[dir]');", context);
                assertThat(container.getAttribute("dir")).as("the %s gadget", name).isEqualTo("rtl");
                assertThat(context.getText()).as("the %s gadget", name).containsPattern("[\\u0590-\\u05FF]");
            }
            WebElement dashboard = driver.findElement(By.className("demo-dashboard"));
            assertThat(dashboard.findElement(By.cssSelector("#gadget-stalled th")).getText()).matches(HEBREW);
            assertThat(dashboard.getText()).doesNotContain("sales-pipeline.");
            browser.screenshotOf(dashboard, "dashboard-he");
        }
    }

    @Test
    @DisplayName("an admin who chooses Hebrew gets the admin pages right to left in Hebrew; rep's panel and dashboard stay English")
    void choiceAndEnglish(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            HttpResponse<String> chosen = put(host, "admin", "/rest/sales-pipeline/1.0/language", "{\"language\":\"he\"}");
            assertThat(chosen.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(chosen.body()).path("direction").asText()).isEqualTo("rtl");
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + ADMIN);
            driver.findElement(By.id("login-admin")).click();
            WebElement page = wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("sp-admin")));
            assertThat(page.getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.getAttribute("lang")).isEqualTo("he");
            assertThat(page.findElement(By.tagName("h1")).getText()).matches(HEBREW);
            assertThat(page.getText()).doesNotContain("sales-pipeline.");

            driver.manage().deleteAllCookies();
            String key = host.dealAt("ACME", "Qualification", 0);
            driver.get(host.baseUrl() + "/browse/" + key);
            driver.findElement(By.id("login-rep")).click();
            WebElement panel = loadedPanel(driver);
            assertThat(panel.getAttribute("dir")).isEqualTo("ltr");
            assertThat(panel.getAttribute("lang")).isEqualTo("en");
            assertThat(panel.findElement(By.cssSelector(".sp-pipeline")).getText()).startsWith("Pipeline");
            driver.get(host.baseUrl() + "/dashboard");
            WebElement empty = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#gadget-funnel .sp-empty")));
            assertThat(empty.getText()).contains("Choose a pipeline");
            assertThat(((WebElement) driver.executeScript("return arguments[0].closest('[dir]');", empty)).getAttribute("dir"))
                    .isEqualTo("ltr");
            HttpResponse<String> missing = get(host, "rep", "/rest/sales-pipeline/1.0/deals/ACME-99999");
            assertThat(new ObjectMapper().readTree(missing.body()).path("errors").path(0).path("message").asText())
                    .isEqualTo("There is no deal ACME-99999 in a sales pipeline you can see.");
        }
    }

    private static WebElement loadedPanel(ChromeDriver driver) {
        return wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sales-pipeline-deal[data-loaded=true]")));
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private static HttpResponse<String> get(DemoHost host, String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.baseUrl() + path))
                .header("Authorization", basic(user)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> put(DemoHost host, String user, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.baseUrl() + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
