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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoOptions;

/** A Jira admin compares configured and learnt win probabilities on the edit page and adopts the learnt ones. */
class CalibrationBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDIT = "/plugins/servlet/sales-pipeline/admin/ACME";

    @Test
    @DisplayName("each stage shows its evidence as the server computes it; adopting asks first, saves the rounded values and keeps them")
    void adminAdoptsTheLearntProbabilities(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/login?next=" + EDIT);
            driver.findElement(By.id("login-admin")).click();
            waitFor(driver, "#sp-calibration-table");
            JsonNode learnt = get(host, "/rest/sales-pipeline/1.0/pipelines/ACME/calibration").path("stages");
            List<WebElement> rows = driver.findElements(By.cssSelector("tr.sp-calibration-stage"));
            assertThat(rows).hasSize(learnt.size()).hasSize(7);
            Map<String, Integer> adopted = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                WebElement row = rows.get(i);
                JsonNode stage = learnt.path(i);
                assertThat(row.getAttribute("data-key")).isEqualTo(stage.path("key").asText());
                assertThat(row.findElement(By.className("sp-calibration-closed")).getText())
                        .isEqualTo(stage.path("closed").asText());
                assertThat(row.findElement(By.className("sp-calibration-won")).getText()).isEqualTo(stage.path("won").asText());
                boolean fallback = stage.path("fallback").asBoolean();
                assertThat(row.getAttribute("data-fallback")).isEqualTo(String.valueOf(fallback));
                assertThat(row.findElement(By.className("sp-calibration-evidence")).getText())
                        .startsWith(fallback ? "Too few closed deals to learn from" : "Learnt from");
                int rounded = (int) Math.round(stage.path("winProbability").asDouble());
                if (!fallback) {
                    assertThat(row.findElement(By.className("sp-calibration-learnt")).getText()).isEqualTo(rounded + " %");
                }
                adopted.put(stage.path("key").asText(), fallback ? stage.path("configured").asInt() : rounded);
            }
            assertThat(adopted).as("the demo's history has stages that learn a probability other than the configured one")
                    .isNotEqualTo(probabilities(host));
            browser.screenshot("admin-calibration");

            Map<String, Integer> before = probabilities(host);
            driver.findElement(By.id("sp-calibration-adopt")).click();
            WebElement ask = waitFor(driver, ".sp-confirm");
            assertThat(ask.getText()).contains("Adopt the learnt probabilities?", "rounded to a whole percent");
            ask.findElement(By.className("sp-confirm-cancel")).click();
            assertThat(waitFor(driver, "#sp-calibration-messages .aui-message-info").getText())
                    .isEqualTo("The probabilities were not changed.");
            assertThat(probabilities(host)).as("a cancelled adoption changes nothing").isEqualTo(before);

            driver.findElement(By.id("sp-calibration-adopt")).click();
            waitFor(driver, ".sp-confirm .sp-confirm-ok").click();
            assertThat(waitFor(driver, "#sp-calibration-messages .aui-message-success").getText())
                    .startsWith("Learnt probabilities adopted:");
            assertThat(probabilities(host)).as("saved as the set-up").isEqualTo(adopted);
            for (Map.Entry<String, Integer> stage : adopted.entrySet()) {
                assertThat(driver.findElement(By.cssSelector("li.sp-stage[data-key='" + stage.getKey()
                        + "'] .sp-stage-probability")).getAttribute("value")).as("the stage card").isEqualTo(
                        String.valueOf(stage.getValue()));
                assertThat(driver.findElement(By.cssSelector("tr.sp-calibration-stage[data-key='" + stage.getKey()
                        + "'] .sp-calibration-configured")).getText()).isEqualTo(stage.getValue() + " %");
            }

            driver.navigate().refresh();
            assertThat(waitFor(driver, "#sp-calibration-nothing").getText())
                    .isEqualTo("Every stage that learnt its probability has it configured already.");
            assertThat(driver.findElement(By.id("sp-calibration-adopt")).isEnabled()).isFalse();
            assertThat(driver.findElements(By.cssSelector("tr.sp-calibration-stage[data-changes='true']"))).isEmpty();

            put(host, "/rest/sales-pipeline/1.0/language", "{\"language\":\"he\"}");
            driver.navigate().refresh();
            waitFor(driver, "#sp-calibration-table");
            assertThat(driver.findElement(By.id("sp-admin")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(driver.findElement(By.cssSelector("#sp-calibration h2")).getText()).isEqualTo("הסתברות זכייה שנלמדה");
            browser.screenshot("admin-calibration-he");
        }
    }

    private static Map<String, Integer> probabilities(DemoHost host) throws Exception {
        Map<String, Integer> probabilities = new HashMap<>();
        get(host, "/rest/sales-pipeline/1.0/pipelines/ACME").path("stages").forEach(stage ->
                probabilities.put(stage.path("key").asText(), stage.path("probability").asInt()));
        return probabilities;
    }

    private static WebElement waitFor(ChromeDriver driver, String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static JsonNode get(DemoHost host, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request(host, path).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void put(DemoHost host, String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request(host, path)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
    }

    private static HttpRequest.Builder request(DemoHost host, String path) {
        return HttpRequest.newBuilder(URI.create(host.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
    }
}
