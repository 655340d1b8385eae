package org.salespipeline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoOptions;
import org.salespipeline.provisioning.DealFieldSpecs;

/** A Jira admin sets up and edits pipelines on the admin pages of the demo host; others are kept out. */
class AdminBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "/plugins/servlet/sales-pipeline/admin";
    private static final Map<String, String> INITECH_MAPPING = Map.of("Lead", "PROSPECTING", "Contacted", "QUALIFICATION",
            "Qualified", "QUALIFICATION", "Demo Given", "INITIAL_CONTACT", "Proposal Sent", "PROPOSAL", "Signing", "CLOSING",
            "Won", "WON", "Lost", "LOST", "Dropped", "DISQUALIFIED");

    @Test
    @DisplayName("an admin sets up INITECH by mapping its statuses, edits its checklist, and sees field errors with nothing saved")
    void adminSetsUpAndEdits(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + ADMIN);
            assertThat(driver.getCurrentUrl()).contains("/login?next=");
            driver.findElement(By.id("login-admin")).click();
            waitFor(driver, "#sp-pipelines");
            assertThat(rowProjects(driver, "#sp-pipelines")).containsExactly("ACME", "GLOBEX");
            assertThat(rowProjects(driver, "#sp-unconfigured")).containsExactly("INITECH");
            browser.screenshot("admin-pipelines");

            driver.findElement(By.cssSelector("#sp-unconfigured tr[data-project='INITECH'] a.sp-setup")).click();
            waitFor(driver, "#sp-map-form");
            new Select(driver.findElement(By.id("sp-map-template"))).selectByValue("five-stage");
            INITECH_MAPPING.forEach((status, target) -> new Select(driver.findElement(
                    By.cssSelector("tr[data-status='" + status + "'] select.sp-target"))).selectByValue(target));
            assertThat(Files.size(browser.screenshot("admin-setup"))).as("the set-up page, as docs/images/admin.png shows it").isPositive();
            WebElement signing = driver.findElement(By.cssSelector("tr[data-status='Signing'] .sp-category"));
            assertThat(signing.getText()).isEqualToIgnoringCase("In Progress");
            assertThat(signing.getAttribute("class")).contains("aui-lozenge-inprogress");
            assertThat(driver.findElement(By.cssSelector("tr[data-status='Won'] .sp-category")).getAttribute("class"))
                    .contains("aui-lozenge-success");
            assertThat(driver.findElement(By.cssSelector("tr[data-status='Lead'] .sp-category")).getText()).isEqualToIgnoringCase("To Do");
            assertThat(new Select(driver.findElement(By.id("sp-map-template"))).getFirstSelectedOption().getText())
                    .isEqualTo("Five stages: Prospecting, Qualification, Initial Contact, Proposal, Closing");
            driver.findElement(By.id("sp-map-save")).click();
            WebElement initech = waitFor(driver, "#sp-pipelines tr[data-project='INITECH']");
            assertThat(waitFor(driver, "#sp-messages .aui-message-success").getText()).as("the mapping's save says so on the list")
                    .contains("INITECH", "saved");
            assertThat(initech.findElement(By.className("sp-stage-count")).getText()).isEqualTo("5");
            assertThat(driver.findElements(By.cssSelector("#sp-unconfigured tr[data-project='INITECH']"))).isEmpty();

            initech.findElement(By.className("sp-edit")).click();
            WebElement closing = waitFor(driver, "li.sp-stage[data-key='CLOSING']");
            closing.findElement(By.className("sp-item-add")).click();
            WebElement added = closing.findElements(By.cssSelector(".sp-item")).get(4);
            added.findElement(By.className("sp-item-text")).sendKeys("A customer reference call is agreed");
            added.findElement(By.className("sp-item-required")).click();
            driver.findElement(By.id("sp-save")).click();
            waitFor(driver, "#sp-messages .aui-message-success");
            driver.navigate().refresh();
            List<WebElement> items = waitFor(driver, "li.sp-stage[data-key='CLOSING']").findElements(By.className("sp-item"));
            assertThat(items).hasSize(5);
            assertThat(items.get(4).findElement(By.className("sp-item-text")).getAttribute("value"))
                    .isEqualTo("A customer reference call is agreed");
            assertThat(items.get(4).findElement(By.className("sp-item-required")).isSelected()).isTrue();
            assertThat(items.get(4).getAttribute("data-id")).isNotBlank();
            browser.screenshot("admin-edit");

            String before = rest(host, "INITECH").toString();
            List<WebElement> stages = driver.findElements(By.cssSelector("li.sp-stage"));
            WebElement name = stages.get(2).findElement(By.className("sp-stage-name"));
            replace(name, "N".repeat(81));
            assertThat(name.getAttribute("value")).as("the name box holds the server's 80 characters").hasSize(80);
            replace(stages.get(1).findElement(By.className("sp-stage-probability")), "150");
            replace(name, " prospecting");
            driver.findElement(By.id("sp-save")).click();
            waitFor(driver, "#sp-messages .aui-message-error");
            assertThat(driver.findElements(By.className("sp-field-error")))
                    .extracting(error -> error.getAttribute("data-field"))
                    .containsExactlyInAnyOrder("stages[1].probability", "stages[2].name");
            WebElement probabilityError = stages.get(1).findElement(By.cssSelector(".sp-field-error"));
            assertThat(probabilityError.getText()).contains("a whole number from 0 to 100");
            assertThat(stages.get(2).findElement(By.cssSelector(".sp-field-error")).getText()).contains("already used by stages[0]");
            assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the error summary has the focus")
                    .isEqualTo("sp-messages");
            List<WebElement> links = driver.findElements(By.cssSelector("#sp-messages .sp-error-summary li"));
            assertThat(links).extracting(link -> link.getAttribute("data-field"))
                    .containsExactlyInAnyOrder("stages[1].probability", "stages[2].name");
            driver.findElement(By.cssSelector("#sp-messages .sp-error-summary li[data-field='stages[1].probability'] a")).click();
            assertThat(driver.switchTo().activeElement()).as("the summary's link moves to its field")
                    .isEqualTo(stages.get(1).findElement(By.className("sp-stage-probability")));
            browser.screenshot("admin-errors");
            assertThat(rest(host, "INITECH").toString()).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("an admin opens the system check from the pipelines page: every feature available and every Jira method found on the demo host")
    void adminReadsTheSystemCheck(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + ADMIN);
            driver.findElement(By.id("login-admin")).click();
            waitFor(driver, "#sp-system-link").click();

            waitFor(driver, "#sp-admin[data-loaded='true']");
            List<WebElement> features = driver.findElements(By.cssSelector("#sp-system-features tbody tr"));
            assertThat(features).as("every feature the system check names, field history among them").hasSize(9)
                    .anyMatch(row -> row.getText().startsWith("Field history"));
            assertThat(features).allMatch(row -> row.findElement(By.className("aui-lozenge-success")).getAttribute("textContent")
                    .equals("Available"));
            assertThat(driver.findElements(By.cssSelector("#sp-system-services tbody tr"))).hasSizeGreaterThan(20);
            assertThat(driver.findElement(By.id("sp-system-host-api")).getText()).matches("(\\d+) of \\1 found as the app calls them\\.");
            assertThat(driver.findElements(By.cssSelector("#sp-system-host-api-problems li"))).isEmpty();
            assertThat(driver.findElement(By.id("sp-system-database")).getText()).contains("HSQL", "HSQLDB", "PUBLIC");
        }
    }

    @Test
    @DisplayName("an admin creates a pipeline from a template: when Jira refuses a step the page offers the workflow XML, and a second try succeeds")
    void adminProvisionsFromATemplate(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/login?next=" + ADMIN + "/INITECH/setup");
            driver.findElement(By.id("login-admin")).click();
            waitFor(driver, "#sp-provision-form");
            host.provisioning().failOn("workflow", new NoClassDefFoundError("com/atlassian/jira/workflow/ConfigurableJiraWorkflow"));
            new Select(driver.findElement(By.id("sp-provision-template"))).selectByValue("five-stage");
            assertThat(driver.findElement(By.id("sp-provision-name")).getAttribute("value")).isEqualTo("INITECH sales");
            replace(driver.findElement(By.id("sp-provision-name")), "N".repeat(81));
            assertThat(driver.findElement(By.id("sp-provision-name")).getAttribute("value"))
                    .as("the set-up name box holds the server's 80 characters").hasSize(80);
            driver.findElement(By.id("sp-provision-name")).clear();
            driver.findElement(By.id("sp-provision-name")).sendKeys("Initech sales");
            driver.findElement(By.id("sp-provision-save")).click();

            WebElement handOver = waitFor(driver, "#sp-provision-result .aui-message-warning");
            assertThat(handOver.getText()).contains("workflow");
            String xmlLink = handOver.findElement(By.className("sp-workflow-xml")).getAttribute("href");
            assertThat(xmlLink).contains("/setup/workflow.xml?template=five-stage&name=Initech%20sales");
            java.net.http.HttpResponse<String> xml = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(xmlLink))
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                    "admin:admin".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(xml.statusCode()).isEqualTo(200);
            assertThat(xml.body()).contains("<workflow").contains("Prospecting").contains("Closed Won");
            assertThat(status(host, "admin", "/rest/sales-pipeline/1.0/pipelines/INITECH")).as("nothing saved").isEqualTo(404);
            browser.screenshot("admin-provision-handover");

            driver.findElement(By.id("sp-provision-save")).click();
            waitFor(driver, "#sp-provision-result .aui-message-success");
            List<WebElement> steps = driver.findElements(By.cssSelector("#sp-provision-result .sp-provision-report tr.sp-step"));
            assertThat(steps).extracting(step -> step.getAttribute("data-kind")).as("every kind of Jira part is reported")
                    .contains("status", "issue-type", "workflow", "workflow-scheme", "field", "option", "screen");
            assertThat(steps).extracting(step -> step.getAttribute("data-action")).contains("created", "reused");
            for (WebElement step : steps) {
                String link = step.findElement(By.className("sp-step-link")).getAttribute("href");
                assertThat(link).as(step.getText()).startsWith(host.baseUrl() + "/")
                        .containsAnyOf("/secure/admin/", "/plugins/servlet/");
            }
            WebElement created = steps.stream().filter(step -> "status".equals(step.getAttribute("data-kind"))).findFirst().orElseThrow();
            assertThat(created.findElement(By.className("sp-step-link")).getAttribute("href")).endsWith("/secure/admin/ViewStatuses.jspa");
            assertThat(created.findElement(By.className("aui-lozenge")).getText()).isIn("CREATED", "Created", "REUSED", "Reused");
            browser.screenshot("admin-provision-report");
            driver.findElement(By.className("sp-open-pipeline")).click();
            WebElement initech = waitFor(driver, "li.sp-stage[data-key='CLOSING']");
            assertThat(initech.isDisplayed()).isTrue();
            assertThat(driver.getCurrentUrl()).endsWith(ADMIN + "/INITECH");
            assertThat(driver.findElements(By.cssSelector("li.sp-stage"))).hasSize(5);
            assertThat(rest(host, "INITECH").path("name").asText()).isEqualTo("Initech sales");

            // Again from another template: the page asks before replacing the set-up, and Cancel changes nothing.
            driver.get(host.baseUrl() + ADMIN + "/INITECH/setup");
            assertThat(waitFor(driver, "#sp-provision-again").isDisplayed()).isTrue();
            new Select(driver.findElement(By.id("sp-provision-template"))).selectByValue("four-stage");
            driver.findElement(By.id("sp-provision-name")).clear();
            driver.findElement(By.id("sp-provision-name")).sendKeys("Initech sales");
            String before = rest(host, "INITECH").toString();
            driver.findElement(By.id("sp-provision-save")).click();
            WebElement dialog = waitFor(driver, ".sp-confirm");
            assertThat(dialog.findElements(By.className("sp-confirm-line"))).isNotEmpty();
            assertThat(dialog.getText()).contains("Replace");
            browser.screenshot("admin-provision-replace");
            dialog.findElement(By.className("sp-confirm-cancel")).click();
            assertThat(waitFor(driver, "#sp-provision-result .aui-message-info").getText()).contains("Nothing was saved");
            assertThat(driver.findElements(By.cssSelector(".sp-confirm"))).isEmpty();
            assertThat(rest(host, "INITECH").toString()).as("a cancelled replacement changes nothing").isEqualTo(before);

            driver.findElement(By.id("sp-provision-save")).click();
            waitFor(driver, ".sp-confirm .sp-confirm-ok").click();
            waitFor(driver, "#sp-provision-result .aui-message-success");
            assertThat(driver.findElements(By.cssSelector("#sp-provision-result tr.sp-step"))).isNotEmpty();
            assertThat(rest(host, "INITECH").path("stages")).hasSize(4);
        }
    }

    @Test
    @DisplayName("a pipeline named <script>alert(1)</script> shows as text, and the rebuild progress bar reaches done")
    void namesAreTextAndRebuildFinishes(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/login?next=" + ADMIN + "/GLOBEX");
            driver.findElement(By.id("login-admin")).click();
            replace(waitFor(driver, "#sp-name"), "<script>alert(1)</script>");
            driver.findElement(By.id("sp-save")).click();
            waitFor(driver, "#sp-messages .aui-message-success");

            driver.get(host.baseUrl() + ADMIN);
            WebElement name = waitFor(driver, "#sp-pipelines tr[data-project='GLOBEX'] .sp-name");
            assertThat(name.getText()).isEqualTo("<script>alert(1)</script>");
            assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            driver.get(host.baseUrl() + ADMIN + "/GLOBEX");
            assertThat(waitFor(driver, ".sp-pipeline-title").getText()).isEqualTo("<script>alert(1)</script>");
            assertThat(driver.findElement(By.id("sp-name")).getAttribute("value")).isEqualTo("<script>alert(1)</script>");
            assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

            driver.get(host.baseUrl() + ADMIN + "/ACME");
            waitFor(driver, "#sp-rebuild-status[data-state]");
            String rebuildBefore = restPath(host, "/rest/sales-pipeline/1.0/pipelines/ACME/history/rebuild").toString();
            waitFor(driver, "#sp-rebuild-start").click();
            WebElement ask = waitFor(driver, ".sp-confirm");
            assertThat(ask.getText()).contains("Rebuild the history?", "a batch of deals at a time");
            ask.findElement(By.className("sp-confirm-cancel")).click();
            assertThat(driver.findElement(By.id("sp-rebuild-status")).getText()).isEqualTo("The history was not rebuilt.");
            assertThat(restPath(host, "/rest/sales-pipeline/1.0/pipelines/ACME/history/rebuild").toString())
                    .as("a cancelled rebuild starts nothing").isEqualTo(rebuildBefore);
            driver.findElement(By.id("sp-rebuild-start")).click();
            waitFor(driver, ".sp-confirm .sp-confirm-ok").click();
            // The button stays disabled from the click until the page has seen this rebuild end.
            WebElement bar = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(
                    By.cssSelector("#sp-rebuild-start:not([disabled])")).isEmpty() ? null
                    : d.findElement(By.cssSelector("#sp-rebuild-progress[data-state='FINISHED']")));
            assertThat(bar.getAttribute("data-value")).isEqualTo("1");
            assertThat(driver.findElement(By.id("sp-rebuild-status")).getText()).startsWith("Done: 400 of 400 deals");
            browser.screenshot("admin-rebuild");
        }
    }

    @Test
    @DisplayName("the rep is refused the admin pages, and the REST API agrees")
    void repIsRefused(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/login?next=" + ADMIN);
            driver.findElement(By.id("login-rep")).click();
            assertThat(waitFor(driver, "#sp-refused").getText()).contains("Only Jira administrators");
            assertThat(driver.findElements(By.id("sp-pipelines"))).isEmpty();
            driver.get(host.baseUrl() + ADMIN + "/ACME");
            assertThat(waitFor(driver, "#sp-refused").isDisplayed()).isTrue();
            assertThat(driver.findElements(By.id("sp-edit-form"))).isEmpty();
            browser.screenshot("admin-refused");
            assertThat(status(host, "rep", ADMIN)).isEqualTo(403);
            assertThat(status(host, "admin", ADMIN)).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("an admin moves the qualification gate to Proposal, then takes it away: the page warns, the deal's moves follow")
    void adminChoosesTheGateStage(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + ADMIN + "/ACME");
            driver.findElement(By.id("login-admin")).click();
            Select gate = new Select(waitFor(driver, "#sp-gate-stage"));
            assertThat(gate.getFirstSelectedOption().getAttribute("value")).isEqualTo("QUALIFICATION");
            assertThat(driver.findElements(By.id("sp-gate-none"))).isEmpty();

            gate.selectByValue("PROPOSAL");
            driver.findElement(By.id("sp-save")).click();
            waitFor(driver, "#sp-messages .aui-message-success");
            assertThat(rest(host, "ACME").path("policy").path("gateStage").asText()).isEqualTo("PROPOSAL");

            driver.navigate().refresh();
            new Select(waitFor(driver, "#sp-gate-stage")).selectByValue("");
            driver.findElement(By.id("sp-save")).click();
            waitFor(driver, "#sp-messages .aui-message-success");
            assertThat(rest(host, "ACME").path("policy").path("gateStage").isNull()).isTrue();
            driver.navigate().refresh();
            assertThat(waitFor(driver, "#sp-gate-none").getText()).contains("no qualification gate");
            browser.screenshot("admin-no-gate");

            // With no gate, a deal in Qualification with no BANT answers may move on.
            String deal = host.dealAt("ACME", "Qualification", 0);
            HttpResponse<String> view = HttpClient.newHttpClient().send(request(host, "rep",
                    "/rest/sales-pipeline/1.0/deals/" + deal).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode move : JSON.readTree(view.body()).path("moves")) {
                assertThat(move.path("blockers").findValuesAsText("check")).as(move.path("name").asText())
                        .doesNotContain("qualification");
            }
        }
    }

    @Test
    @DisplayName("an admin adds a stage and maps a status to it in one save: the server names it, its checklist opens after")
    void adminAddsAStage(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + ADMIN + "/ACME");
            driver.findElement(By.id("login-admin")).click();
            waitFor(driver, "#sp-stage-add").click();
            WebElement stage = driver.findElements(By.cssSelector("li.sp-stage")).get(7);
            assertThat(stage.getAttribute("data-key")).as("no key before the server gives one").isNullOrEmpty();
            WebElement addItem = stage.findElement(By.className("sp-item-add"));
            assertThat(addItem.isEnabled()).as("the new stage's checklist waits for the save").isFalse();
            assertThat(addItem.getAttribute("title")).contains("Save the pipeline first");
            stage.findElement(By.className("sp-stage-name")).sendKeys("Demo given");
            replace(stage.findElement(By.className("sp-stage-probability")), "25");
            replace(stage.findElement(By.className("sp-stage-rot-days")), "10");
            new Select(driver.findElement(By.cssSelector("tr[data-status='Closing'] select.sp-target")))
                    .selectByVisibleText("Demo given");
            driver.findElement(By.id("sp-save")).click();
            waitFor(driver, "#sp-messages .aui-message-success");

            JsonNode saved = rest(host, "ACME");
            assertThat(saved.path("stages").path(7).path("key").asText()).isEqualTo("DEMO_GIVEN");
            boolean mapped = false;
            for (JsonNode line : saved.path("mapping")) {
                mapped |= line.path("status").asText().equals("Closing") && line.path("stage").asText().equals("DEMO_GIVEN");
            }
            assertThat(mapped).as("Closing is mapped to the new stage").isTrue();
            assertThat(stage.getAttribute("data-key")).isEqualTo("DEMO_GIVEN");
            assertThat(stage.findElement(By.className("sp-stage-key")).getText()).isEqualTo("DEMO_GIVEN");
            assertThat(stage.findElement(By.className("sp-item-add")).isEnabled()).isTrue();
        }
    }

    @Test
    @DisplayName("an admin maps a status against its category: the page asks, Cancel saves nothing, Save saves and says so on the list")
    void adminConfirmsAMappingAgainstTheCategory(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + "/login?next=" + ADMIN + "/INITECH/setup");
            driver.findElement(By.id("login-admin")).click();
            waitFor(driver, "#sp-map-form");
            new Select(driver.findElement(By.id("sp-map-template"))).selectByValue("five-stage");
            INITECH_MAPPING.forEach((status, target) -> new Select(driver.findElement(
                    By.cssSelector("tr[data-status='" + status + "'] select.sp-target"))).selectByValue(target));
            new Select(driver.findElement(By.cssSelector("tr[data-status='Signing'] select.sp-target"))).selectByValue("WON");

            driver.findElement(By.id("sp-map-save")).click();
            WebElement dialog = waitFor(driver, ".sp-confirm");
            assertThat(dialog.findElements(By.className("sp-confirm-line"))).hasSize(1);
            assertThat(dialog.getText()).contains("Signing", "Done", "WON");
            browser.screenshot("admin-confirm-mapping");
            dialog.findElement(By.className("sp-confirm-cancel")).click();
            assertThat(waitFor(driver, "#sp-messages .aui-message-info").getText()).isEqualTo("Nothing was saved.");
            assertThat(status(host, "admin", "/rest/sales-pipeline/1.0/pipelines/INITECH")).as("nothing saved").isEqualTo(404);

            driver.findElement(By.id("sp-map-save")).click();
            waitFor(driver, ".sp-confirm .sp-confirm-ok").click();
            assertThat(waitFor(driver, "#sp-messages .aui-message-success").getText()).contains("INITECH");
            assertThat(driver.getCurrentUrl()).endsWith(ADMIN + "?saved=INITECH");
            boolean won = false;
            for (JsonNode line : rest(host, "INITECH").path("mapping")) {
                won |= line.path("status").asText().equals("Signing") && line.path("outcome").asText().equals("WON");
            }
            assertThat(won).as("the confirmed line is saved").isTrue();
        }
    }

    @Test
    @DisplayName("an admin removes a stage that holds open deals: the page asks where its statuses go; Cancel keeps it, the answer moves them")
    void adminRemovesAStageWithDeals(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.get(host.baseUrl() + ADMIN + "/ACME");
            driver.findElement(By.id("login-admin")).click();
            WebElement lost = waitFor(driver, "#sp-reasons[aria-busy='false'] .sp-reason-field[data-field='"
                    + DealFieldSpecs.LOST_REASON + "']");
            assertThat(lost.findElements(By.cssSelector(".sp-reason-options li"))).extracting(WebElement::getText)
                    .containsExactlyElementsOf(DealFieldSpecs.LOST_REASONS);
            assertThat(lost.findElement(By.className("sp-reason-shared")).getText()).contains("shared with other projects");
            assertThat(lost.findElement(By.className("sp-reason-edit")).getAttribute("href"))
                    .startsWith(host.baseUrl() + "/secure/admin/ConfigureCustomField");
            assertThat(driver.findElements(By.cssSelector(".sp-reason-field"))).hasSize(2);

            String before = rest(host, "ACME").toString();
            driver.findElement(By.cssSelector("li.sp-stage[data-key='PROPOSAL'] .sp-stage-remove")).click();
            driver.findElement(By.id("sp-save")).click();
            WebElement dialog = waitFor(driver, ".sp-confirm");
            WebElement line = dialog.findElement(By.cssSelector(".sp-confirm-line[data-name='PROPOSAL']"));
            assertThat(line.getText()).contains("Proposal", "open deal", "logged stay");
            assertThat(new Select(line.findElement(By.tagName("select"))).getOptions()).extracting(WebElement::getText)
                    .contains("Negotiation", "No stage: leave them unmapped").doesNotContain("Proposal");
            browser.screenshot("admin-confirm-remove");
            dialog.findElement(By.className("sp-confirm-cancel")).click();
            assertThat(waitFor(driver, "#sp-messages .aui-message-info").getText()).isEqualTo("Nothing was saved.");
            assertThat(rest(host, "ACME").toString()).as("a cancelled removal saves nothing").isEqualTo(before);

            driver.findElement(By.id("sp-save")).click();
            WebElement again = waitFor(driver, ".sp-confirm");
            new Select(again.findElement(By.cssSelector(".sp-confirm-line[data-name='PROPOSAL'] select"))).selectByValue("NEGOTIATION");
            again.findElement(By.className("sp-confirm-ok")).click();
            waitFor(driver, "#sp-messages .aui-message-success");
            JsonNode saved = rest(host, "ACME");
            assertThat(saved.path("stages").findValuesAsText("key")).doesNotContain("PROPOSAL");
            boolean moved = false;
            for (JsonNode mapped : saved.path("mapping")) {
                moved |= mapped.path("status").asText().equals("Proposal") && mapped.path("stage").asText().equals("NEGOTIATION");
            }
            assertThat(moved).as("the Proposal status went where the admin said").isTrue();
            assertThat(new Select(driver.findElement(By.cssSelector("tr[data-status='Proposal'] select.sp-target")))
                    .getFirstSelectedOption().getAttribute("value")).isEqualTo("NEGOTIATION");
        }
    }

    private static List<String> rowProjects(ChromeDriver driver, String table) {
        return driver.findElements(By.cssSelector(table + " tbody tr")).stream().map(row -> row.getAttribute("data-project")).toList();
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static WebElement waitFor(ChromeDriver driver, String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static JsonNode rest(DemoHost host, String project) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request(host, "admin",
                "/rest/sales-pipeline/1.0/pipelines/" + project).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode restPath(DemoHost host, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request(host, "admin", path).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static int status(DemoHost host, String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(request(host, user, path).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest.Builder request(DemoHost host, String user, String path) {
        return HttpRequest.newBuilder(URI.create(host.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
}
