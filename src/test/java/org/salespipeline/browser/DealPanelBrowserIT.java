package org.salespipeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoOptions;

/** A sales rep works a deal in the issue panel of the demo host: BANT, moves through the workflow, checklists, won. */
class DealPanelBrowserIT {

    @Test
    @DisplayName("the rep qualifies an ACME deal, is blocked until each exit criterion is met, ticks the checklists and wins it")
    void repWinsADeal(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            String key = host.dealAt("ACME", "Qualification", 0);
            openAsRep(driver, host, key);
            WebElement panel = loadedPanel(driver);
            assertThat(panel.findElement(By.cssSelector(".sp-step-current")).getText()).isEqualTo("Qualification");

            move(driver, "Initial Contact", null);
            assertThat(driver.findElement(By.id("transition-errors")).getText())
                    .contains("BANT score 0 is below the required 3");
            assertThat(driver.findElement(By.id("issue-status")).getText()).isEqualToIgnoringCase("Qualification");
            assertThat(new Select(driver.findElement(By.id("transition-status"))).getFirstSelectedOption().getText())
                    .as("the move form keeps the status chosen before the refusal").isEqualTo("Initial Contact");

            panel = loadedPanel(driver);
            answer(panel, "BUDGET", "Confirmed");
            answer(panel, "AUTHORITY", "Confirmed");
            assertThat(panel.findElement(By.cssSelector(".sp-bant-score")).getText())
                    .as("choosing answers changes no score; the server's comes with Save").startsWith("Score 0 of 4");
            saveBant(driver);
            panel = loadedPanel(driver);
            assertThat(panel.findElement(By.cssSelector(".sp-bant-score")).getText()).startsWith("Score 2 of 4");
            assertThat(panel.findElement(By.cssSelector(".sp-bant-needs")).getText()).contains("BANT score 2 is below the required 3");
            answer(panel, "NEED", "Confirmed");
            answer(panel, "TIMELINE", "Partial");
            openNote(panel, "BUDGET").sendKeys("Budget approved in the Q3 plan <b>not bold</b>");
            saveBant(driver);
            panel = loadedPanel(driver);
            assertThat(panel.findElement(By.cssSelector(".sp-bant-score")).getText()).startsWith("Score 3.5 of 4");
            assertThat(panel.findElement(By.cssSelector(".sp-bant-needs")).getText()).contains("Ready to leave Qualification");

            driver.navigate().refresh();
            panel = loadedPanel(driver);
            assertThat(new Select(panel.findElement(By.name("TIMELINE.answer"))).getFirstSelectedOption().getText()).isEqualTo("Partial");
            assertThat(panel.findElement(By.name("BUDGET.note")).getAttribute("value"))
                    .isEqualTo("Budget approved in the Q3 plan <b>not bold</b>");

            for (String status : List.of("Initial Contact", "Needs Assessment", "Proposal", "Negotiation")) {
                move(driver, status, null);
                assertThat(present(driver, By.id("transition-errors"))).as("move to %s", status).isEmpty();
                // The move reloads the page: wait for the new page's status rather than read the old one's.
                String shown = new WebDriverWait(driver, Duration.ofSeconds(10))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> {
                            String text = d.findElement(By.id("issue-status")).getText();
                            return text.equalsIgnoreCase(status) ? text : null;
                        });
                assertThat(shown).as("status after the move to %s", status).isEqualToIgnoringCase(status);
            }
            panel = loadedPanel(driver);
            assertThat(panel.findElement(By.cssSelector(".sp-checklist")).getAttribute("data-stage"))
                    .as("the current stage's checklist comes first").isEqualTo("NEGOTIATION");
            tickAllRequired(driver, "NEGOTIATION");
            assertThat(loadedPanel(driver).findElement(By.cssSelector("[data-stage=NEGOTIATION] [data-item=pricing-agreed] .sp-item-by"))
                    .getText()).startsWith("Ticked by rep, ");
            assertThat(loadedPanel(driver).findElement(By.cssSelector("[data-stage=NEGOTIATION] .sp-progress")).getText())
                    .isEqualTo("5 of 6 done");

            move(driver, "Closing", null);
            assertThat(present(driver, By.id("transition-errors"))).isEmpty();
            move(driver, "Closed Won", null);
            assertThat(driver.findElement(By.id("transition-errors")).getText())
                    .contains("Closing checklist: \"The contract is signed by both parties\" is not ticked");
            tickAllRequired(driver, "CLOSING");
            move(driver, "Closed Won", null);
            assertThat(present(driver, By.id("transition-errors"))).isEmpty();
            panel = loadedPanel(driver);
            assertThat(panel.findElement(By.cssSelector(".sp-outcome")).getText()).contains("WON");
            assertThat(panel.findElements(By.cssSelector(".sp-step-passed"))).hasSize(7);
            assertThat(panel.findElement(By.cssSelector(".sp-facts")).getText()).contains("100 %");
        }
    }

    @Test
    @DisplayName("a tick on a checklist someone else changed is refused with a message, and the panel shows their change")
    void staleTickIsRefused(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            String key = host.dealAt("ACME", "Negotiation", 0);
            openAsRep(driver, host, key);
            WebElement panel = loadedPanel(driver);
            String version = checklistVersion(host, key);

            HttpResponse<String> admin = put(host, "admin", "/rest/sales-pipeline/1.0/deals/" + key + "/checklist/pricing-agreed",
                    "{\"stage\":\"NEGOTIATION\",\"ticked\":true,\"version\":" + version + "}");
            assertThat(admin.statusCode()).isEqualTo(200);

            panel.findElement(By.cssSelector("[data-stage=NEGOTIATION] [data-item=objections-answered] input")).click();
            wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sales-pipeline-deal .aui-message-warning"),
                    "was changed by someone else"));
            panel = loadedPanel(driver);
            assertThat(panel.findElements(By.cssSelector("[data-stage=NEGOTIATION].sp-checklist .aui-message-warning")))
                    .as("the warning is on the checklist that was ticked").hasSize(1);
            assertThat(panel.findElement(By.cssSelector("[data-stage=NEGOTIATION] [data-item=pricing-agreed] input")).isSelected())
                    .as("the other user's tick is shown after the reload").isTrue();
            assertThat(panel.findElement(By.cssSelector("[data-stage=NEGOTIATION] [data-item=objections-answered] input")).isSelected())
                    .as("the refused tick is not stored").isFalse();
        }
    }

    @Test
    @DisplayName("the rep cannot open a GLOBEX deal, and user text on a deal shows as text")
    void accessAndEscaping(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            String globex = host.dealAt("GLOBEX", "Proposal", 0);
            openAsRep(driver, host, globex);
            assertThat(driver.findElement(By.id("issue-missing")).getText()).contains("does not exist, or you do not have permission");
            assertThat(present(driver, By.cssSelector(".sales-pipeline-deal"))).isEmpty();

            String acme = host.dealAt("ACME", "Proposal", 0);
            host.jira().rename(acme, "<script>alert(1)</script>");
            assertThat(put(host, "rep", "/rest/sales-pipeline/1.0/deals/" + acme + "/bant",
                    "{\"NEED\":{\"answer\":\"PARTIAL\",\"note\":\"<img src=x onerror=alert(2)>\"}}").statusCode()).isEqualTo(200);
            driver.get(host.baseUrl() + "/browse/" + acme);
            WebElement panel = loadedPanel(driver);
            assertThat(driver.findElement(By.id("issue-summary")).getText()).isEqualTo("<script>alert(1)</script>");
            assertThat(panel.findElement(By.name("NEED.note")).getAttribute("value")).isEqualTo("<img src=x onerror=alert(2)>");
            assertThat(present(driver, By.cssSelector(".sales-pipeline-deal img"))).isEmpty();
            assertThat(noAlert(driver)).as("no script of the deal's text ran").isTrue();
        }
    }

    @Test
    @DisplayName("at 600 px wide a deal in Negotiation with four BANT notes fits in 900 px, facts on top, each message by its control")
    void compactPanel(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            String key = host.dealAt("ACME", "Negotiation", 0);
            assertThat(put(host, "admin", "/rest/sales-pipeline/1.0/pipelines/ACME", negotiationGuidance(host,
                    "Agree the terms with the customer.\nAnswer each objection in writing.\nSettle price and contract details.")).statusCode())
                    .isEqualTo(200);
            assertThat(put(host, "rep", "/rest/sales-pipeline/1.0/deals/" + key + "/bant", """
                    {"BUDGET":{"answer":"CONFIRMED","note":"Approved in the Q3 plan by the finance director, with a reserve for extras"},
                     "AUTHORITY":{"answer":"CONFIRMED","note":"The head of operations signs; procurement reviews the contract"},
                     "NEED":{"answer":"PARTIAL","note":"Two depots first, the rest next year"},
                     "TIMELINE":{"answer":"PARTIAL","note":"Board meeting at the end of the quarter"}}""").statusCode()).isEqualTo(200);
            openAsRep(driver, host, key);
            assertThat(new Select(driver.findElement(By.id("transition-status"))).getFirstSelectedOption().getAttribute("value"))
                    .as("the move form chooses no status by itself").isEmpty();
            WebElement panel = loadedPanel(driver);
            panelWidth(driver, 600);

            assertThat(panel.getRect().getWidth()).isEqualTo(600);
            assertThat(panel.getRect().getHeight()).as("the panel's height at 600 px wide").isLessThanOrEqualTo(900);
            assertThat(driver.executeScript("return Array.prototype.filter.call(arguments[0].querySelectorAll('*'), function (e) {"
                    + " var s = getComputedStyle(e); return /auto|scroll/.test(s.overflowY + s.overflowX)"
                    + " && (e.scrollHeight > e.clientHeight || e.scrollWidth > e.clientWidth); }).length", panel))
                    .as("nothing inside the panel scrolls").isEqualTo(0L);
            List<WebElement> notes = panel.findElements(By.cssSelector(".sp-note"));
            assertThat(notes).hasSize(4).allMatch(note -> note.getAttribute("open") == null)
                    .allMatch(note -> note.getRect().getHeight() <= 30);
            assertThat(panel.findElement(By.cssSelector(".sp-facts")).getRect().getY())
                    .as("the facts come before moves, guidance, BANT and checklists")
                    .isLessThan(panel.findElement(By.cssSelector(".sp-moves")).getRect().getY());
            assertThat(panel.findElement(By.cssSelector(".sp-facts")).getText())
                    .contains("Owner", "Expected close", "Amount", "Weighted value");
            WebElement advice = panel.findElement(By.cssSelector(".sp-advice"));
            assertThat(advice.getCssValue("white-space")).isEqualTo("pre-line");
            assertThat(advice.getText()).isEqualTo("Agree the terms with the customer.\nAnswer each objection in writing.\n"
                    + "Settle price and contract details.");
            assertThat(panel.findElements(By.cssSelector(".sp-move-blocked[data-stage=WON] .sp-blockers li")))
                    .as("what blocks a win, in the validator's words").isNotEmpty()
                    .allMatch(blocker -> blocker.getAttribute("textContent").contains("checklist"));
            browser.screenshotOf(panel, "deal-panel");

            saveBant(driver);
            panel = loadedPanel(driver);
            WebElement save = panel.findElement(By.cssSelector(".sp-bant-save"));
            WebElement saved = panel.findElement(By.cssSelector(".sp-bant-status"));
            assertThat(Math.abs(saved.getRect().getY() - save.getRect().getY())).as("the confirmation is on the Save button's line")
                    .isLessThan(20);
            assertThat(saved.getRect().getX()).isGreaterThan(save.getRect().getX() + save.getRect().getWidth() - 1);

            driver.executeScript("window.fetch = function () { return Promise.reject(new TypeError('offline')); };");
            WebElement row = panel.findElement(By.cssSelector("[data-stage=NEGOTIATION] [data-item=legal-review-done]"));
            row.findElement(By.tagName("input")).click();
            wait(driver).until(ExpectedConditions.textToBePresentInElement(row.findElement(By.cssSelector(".sp-item-error")),
                    "Jira could not be reached"));
            WebElement error = row.findElement(By.cssSelector(".sp-item-error"));
            assertThat(error.getRect().getY()).as("the tick's error is inside its item's row")
                    .isBetween(row.getRect().getY(), row.getRect().getY() + row.getRect().getHeight());
            assertThat(row.findElement(By.tagName("input")).isSelected()).as("the refused tick is undone").isFalse();
        }
    }

    @Test
    @DisplayName("a won deal reads as closed: its outcome and when, no rot counter, BANT and checklists read only and collapsed")
    void closedDealIsReadOnly(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            String key = host.dealAt("ACME", "Closed Won", 0);
            openAsRep(driver, host, key);
            WebElement panel = loadedPanel(driver);
            WebElement outcome = panel.findElement(By.cssSelector(".sp-outcome"));
            assertThat(outcome.getText()).containsIgnoringCase("Won").contains("days after it was created");
            WebElement when = outcome.findElement(By.tagName("time"));
            assertThat(when.getText()).as("how long ago, in words").isNotBlank().doesNotContain(":");
            assertThat(when.getAttribute("title")).as("the exact time on hover").matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}.[AP]M");
            assertThat(present(driver, By.cssSelector(".sales-pipeline-deal [data-fact=days]"))).as("no days in stage").isEmpty();
            assertThat(present(driver, By.cssSelector(".sales-pipeline-deal .sp-rot"))).isEmpty();
            assertThat(present(driver, By.cssSelector(".sales-pipeline-deal select:not(.sp-language-choice), .sales-pipeline-deal textarea, .sales-pipeline-deal .sp-bant-save")))
                    .as("BANT reads only").isEmpty();
            assertThat(panel.findElements(By.cssSelector("details.sp-bant, details.sp-checklist"))).isNotEmpty()
                    .allMatch(section -> section.getAttribute("open") == null);
            assertThat(panel.findElements(By.cssSelector(".sp-item input"))).allMatch(box -> !box.isEnabled());
        }
    }

    /** The pipeline's set-up with the Negotiation stage's guidance replaced, as PUT /pipelines/ACME takes it. */
    private static String negotiationGuidance(DemoHost host, String guidance) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var config = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(get(host, "admin", "/rest/sales-pipeline/1.0/pipelines/ACME").body());
        for (var stage : config.get("stages")) {
            if (stage.get("key").asText().equals("NEGOTIATION")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) stage).put("guidance", guidance);
            }
        }
        config.remove(List.of("project", "statuses", "unmappedStatuses", "rebuildStarted", "reasonFields", "limits"));
        return mapper.writeValueAsString(config);
    }

    /** Sizes the window until the deal panel is the given number of pixels wide (the page caps its width). */
    private static void panelWidth(ChromeDriver driver, int width) {
        for (int tries = 0; tries < 5 && loadedPanel(driver).getRect().getWidth() != width; tries++) {
            org.openqa.selenium.Dimension window = driver.manage().window().getSize();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(
                    window.getWidth() + width - loadedPanel(driver).getRect().getWidth(), window.getHeight()));
        }
    }

    /** Opens the issue page of the deal and logs in as the rep. */
    private static void openAsRep(ChromeDriver driver, DemoHost host, String key) {
        driver.get(host.baseUrl() + "/browse/" + key);
        driver.findElement(By.id("login-rep")).click();
    }

    private static WebElement loadedPanel(ChromeDriver driver) {
        return wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sales-pipeline-deal[data-loaded=true]")));
    }

    /** Opens a criterion's note, one line until then, and answers its text area. */
    private static WebElement openNote(WebElement panel, String criterion) {
        WebElement note = panel.findElement(By.cssSelector("[data-criterion=" + criterion + "] .sp-note"));
        if (note.getAttribute("open") == null) {
            note.findElement(By.tagName("summary")).click();
        }
        return note.findElement(By.tagName("textarea"));
    }

    /** Saves the BANT answers and waits for the confirmation beside the Save button. */
    private static void saveBant(ChromeDriver driver) {
        loadedPanel(driver).findElement(By.cssSelector(".sp-bant-save")).click();
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sp-bant-actions .sp-bant-status"),
                "BANT answers saved."));
    }

    private static void answer(WebElement panel, String criterion, String answer) {
        new Select(panel.findElement(By.name(criterion + ".answer"))).selectByVisibleText(answer);
    }

    private static void move(ChromeDriver driver, String status, String reason) {
        new Select(driver.findElement(By.id("transition-status"))).selectByVisibleText(status);
        if (reason != null) {
            driver.findElement(By.id("transition-reason")).sendKeys(reason);
        }
        driver.findElement(By.id("transition-submit")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("issue-status")));
    }

    /** Ticks the required items of the stage's checklist one by one, waiting for each answer. */
    private static void tickAllRequired(ChromeDriver driver, String stage) {
        while (true) {
            loadedPanel(driver);
            List<WebElement> open = present(driver, By.xpath(
                    "//div[@data-loaded='true']//details[contains(@class,'sp-checklist')][@data-stage='" + stage + "']//li[not(contains(@class,'sp-item-ticked'))][.//span[contains(@class,'sp-required')]]"));
            if (open.isEmpty()) {
                return;
            }
            String item = open.get(0).getAttribute("data-item");
            open.get(0).findElement(By.tagName("input")).click();
            wait(driver).until(d -> !present(driver, By.cssSelector(".sales-pipeline-deal[data-loaded=true] [data-stage=" + stage
                    + "] li.sp-item-ticked[data-item=" + item + "]")).isEmpty());
        }
    }

    private static String checklistVersion(DemoHost host, String key) throws Exception {
        String body = get(host, "rep", "/rest/sales-pipeline/1.0/deals/" + key).body();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        for (var checklist : json.get("checklists")) {
            if (checklist.get("stage").asText().equals("NEGOTIATION")) {
                return checklist.get("version").asText();
            }
        }
        throw new AssertionError("No NEGOTIATION checklist on " + key);
    }

    /** The matching elements now, without waiting for one to appear. */
    private static List<WebElement> present(ChromeDriver driver, By locator) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(locator);
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
    }

    private static boolean noAlert(ChromeDriver driver) {
        try {
            driver.switchTo().alert();
            return false;
        } catch (NoAlertPresentException none) {
            return true;
        }
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static HttpResponse<String> get(DemoHost host, String user, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.baseUrl() + path))
                .header("Authorization", basic(user)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> put(DemoHost host, String user, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.baseUrl() + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
