package org.salespipeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoOptions;
import org.salespipeline.jira.DealFields;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.StageRef;

/**
 * A rep and an admin work the pipeline board of the demo host: its figures against REST, drags that Jira makes or its
 * validators refuse, the reason of a lost deal with and without the field on the transition's screen, the keyboard's
 * "Move to" menu, and a project out of the rep's reach.
 */
class BoardBrowserIT {

    private static final String HEBREW = ".*[\\u0590-\\u05FF].*";

    private static DemoHost host;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        host = DemoHost.start(new DemoOptions(0, Files.createTempDirectory("board-browser")));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    @DisplayName("each column shows the deals, value and weighted value of the board's REST answer, and one card per visible deal")
    void figuresMatchRest() {
        ChromeDriver driver = openBoard("rep", "ACME");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stages = (List<Map<String, Object>>) ((Map<String, Object>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/rest/sales-pipeline/1.0/pipelines/ACME/board').then(r => r.json()).then(done);"))
                .get("stages");
        List<WebElement> columns = driver.findElements(By.cssSelector(".sp-column"));

        assertThat(columns).hasSize(stages.size());
        for (int i = 0; i < columns.size(); i++) {
            Map<String, Object> stage = stages.get(i);
            WebElement column = columns.get(i);
            long deals = ((Number) stage.get("deals")).longValue();
            assertThat(column.getAttribute("data-stage")).isEqualTo(stage.get("key"));
            assertThat(column.findElement(By.cssSelector(".sp-column-deals")).getText())
                    .isEqualTo(deals + (deals == 1 ? " deal" : " deals"));
            assertThat(column.findElements(By.cssSelector(".sp-card"))).hasSize(((List<?>) stage.get("cards")).size());
        }
        assertThat(driver.findElements(By.cssSelector(".sp-outcome"))).extracting(e -> e.getAttribute("data-stage"))
                .containsExactly("WON", "LOST", "DISQUALIFIED");
        browser.screenshot("board");
    }

    @Test
    @DisplayName("a card dragged onto the next stage moves the deal through Jira; one the validators refuse stays and says why")
    void dragMovesOrIsRefused() throws Exception {
        String allowed = dealWhoseMove("ACME", "Prospecting", "Qualification", true);
        String refused = dealWhoseMove("ACME", "Qualification", "Initial Contact", false);
        List<String> refusals = host.workflow().refusals(refused, "Initial Contact");
        ChromeDriver driver = openBoard("rep", "ACME");

        drag(driver, allowed, "QUALIFICATION");
        wait(driver).until(d -> inColumn(d, allowed, "QUALIFICATION"));
        assertThat(host.jira().issue(allowed).getStatus().getName()).isEqualTo("Qualification");

        drag(driver, refused, "INITIAL_CONTACT");
        WebElement errors = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-issue-key='" + refused + "'] .sp-card-errors p")));
        assertThat(errors.getText()).isEqualTo(refusals.get(0));
        assertThat(inColumn(driver, refused, "QUALIFICATION")).as("the refused card goes back").isTrue();
        assertThat(host.jira().issue(refused).getStatus().getName()).isEqualTo("Qualification");
    }

    @Test
    @DisplayName("a deal dropped on Lost asks for the reason; on ACME it goes with the transition, cancelling changes nothing")
    void lostWithTheReasonOnTheScreen() {
        String deal = host.dealAt("ACME", "Negotiation", 0);
        ChromeDriver driver = openBoard("rep", "ACME");

        drag(driver, deal, "LOST");
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("sp-reason-choice")));
        driver.findElement(By.id("sp-reason-cancel")).click();
        assertThat(driver.findElements(By.id("sp-reason-choice"))).isEmpty();
        assertThat(host.jira().issue(deal).getStatus().getName()).isEqualTo("Negotiation");

        drag(driver, deal, "LOST");
        WebElement choice = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("sp-reason-choice")));
        driver.findElement(By.id("sp-reason-submit")).click();
        assertThat(driver.findElement(By.id("sp-reason-error")).getText()).isEqualTo("Choose a reason to move the deal.");
        new Select(choice).selectByVisibleText("Chose a competitor");
        driver.findElement(By.id("sp-reason-submit")).click();
        wait(driver).until(d -> d.findElements(By.cssSelector("[data-issue-key='" + deal + "']")).isEmpty());
        assertThat(host.jira().issue(deal).getStatus().getName()).isEqualTo(status("ACME", Outcome.LOST));
        assertThat(reason(deal)).isEqualTo("Chose a competitor");
    }

    @Test
    @DisplayName("where the transition's screen lacks the reason field, the board sets it by an edit first")
    void lostWithTheReasonByAnEdit() {
        PipelineConfig globex = config("GLOBEX");
        String stage = globex.pipeline().stages().get(0).name();
        String deal = host.dealAt("GLOBEX", statusOf(globex, StageRef.stage(globex.pipeline().stages().get(0).key())), 0);
        ChromeDriver driver = openBoard("admin", "GLOBEX");

        drag(driver, deal, "LOST");
        new Select(wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("sp-reason-choice"))))
                .selectByVisibleText("Price");
        driver.findElement(By.id("sp-reason-submit")).click();
        wait(driver).until(d -> d.findElements(By.cssSelector("[data-issue-key='" + deal + "']")).isEmpty());
        assertThat(host.jira().issue(deal).getStatus().getName()).as("moved out of " + stage)
                .isEqualTo(status("GLOBEX", Outcome.LOST));
        assertThat(reason(deal)).isEqualTo("Price");
    }

    @Test
    @DisplayName("the keyboard opens a card's Move to menu of the deal's moves and moves it")
    void keyboardMove() {
        String deal = dealWhoseMove("ACME", "Prospecting", "Qualification", true);
        ChromeDriver driver = openBoard("rep", "ACME");
        WebElement button = driver.findElement(By.cssSelector("[data-issue-key='" + deal + "'] .sp-card-move"));

        button.sendKeys(Keys.ENTER);
        WebElement first = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-issue-key='" + deal + "'] .sp-move-menu")));
        WebElement qualification = first.findElement(By.cssSelector(".sp-move-choice[data-stage=QUALIFICATION]"));
        qualification.sendKeys(Keys.ENTER);
        wait(driver).until(d -> inColumn(d, deal, "QUALIFICATION"));
        assertThat(host.jira().issue(deal).getStatus().getName()).isEqualTo("Qualification");
    }

    @Test
    @DisplayName("dana, who reads Jira in Hebrew, gets the board right to left in Hebrew; rep gets it left to right")
    void hebrewRightToLeft() {
        ChromeDriver driver = openBoard("dana", "ACME");
        WebElement board = driver.findElement(By.id("sp-board"));
        wait(driver).until(d -> "rtl".equals(board.getAttribute("dir")));

        assertThat(board.getAttribute("lang")).isEqualTo("he");
        assertThat(board.findElement(By.cssSelector(".sp-column-deals")).getAttribute("textContent")).contains("עסק");
        assertThat(board.findElement(By.cssSelector(".sp-outcome-won .sp-outcome-name")).getAttribute("textContent")).isEqualTo("זכייה");
        assertThat(board.getAttribute("textContent")).doesNotContain("sales-pipeline.");
        assertThat(board.findElements(By.cssSelector(".sp-column-name"))).as("template stages by their Hebrew names")
                .isNotEmpty().allSatisfy(name -> assertThat(name.getAttribute("textContent")).matches(HEBREW));
        assertThat(board.findElement(By.cssSelector(".sp-column[data-stage=PROSPECTING]")).getAttribute("aria-label"))
                .matches(HEBREW);
        WebElement page = driver.findElement(By.cssSelector(".sp-board-page"));
        assertThat(page.getAttribute("dir")).as("the page's own header too").isEqualTo("rtl");
        assertThat(page.findElement(By.tagName("h1")).getText()).matches(HEBREW).contains("ACME");
        assertThat(driver.getTitle()).matches(HEBREW);
        assertThat(page.getAttribute("textContent")).doesNotContain("sales-pipeline.");
        browser.screenshot("board-he");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).as("Jira's own page stays")
                .isNotEqualTo("rtl");

        ChromeDriver rep = openBoard("rep", "ACME");
        WebElement repBoard = rep.findElement(By.id("sp-board"));
        assertThat(repBoard.getAttribute("dir")).isEqualTo("ltr");
        assertThat(repBoard.findElement(By.cssSelector(".sp-outcome-won .sp-outcome-name")).getAttribute("textContent")).isEqualTo("Won");
        assertThat(repBoard.findElement(By.cssSelector(".sp-column[data-stage=PROSPECTING] .sp-column-name"))
                .getAttribute("textContent")).isEqualTo("Prospecting");
        assertThat(rep.findElement(By.cssSelector(".sp-board-page")).getAttribute("dir")).isEqualTo("ltr");
        assertThat(rep.getTitle()).startsWith("Pipeline board").doesNotMatch(HEBREW);
    }

    @Test
    @DisplayName("the board opens with the filters the user last used on it, until they are cleared")
    void filtersAreKept() {
        ChromeDriver driver = openBoard("admin", "ACME");
        String key = driver.findElement(By.cssSelector(".sp-card")).getAttribute("data-issue-key");
        driver.findElement(By.id("sp-board-text")).sendKeys(key);
        wait(driver).until(d -> d.findElements(By.cssSelector(".sp-card")).size() == 1);

        driver.navigate().refresh();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sp-column")));
        assertThat(driver.findElement(By.id("sp-board-text")).getAttribute("value")).isEqualTo(key);
        assertThat(driver.findElements(By.cssSelector(".sp-card"))).extracting(e -> e.getAttribute("data-issue-key"))
                .containsExactly(key);

        driver.findElement(By.id("sp-board-clear")).click();
        wait(driver).until(d -> d.findElements(By.cssSelector(".sp-card")).size() > 1);
        driver.navigate().refresh();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sp-column")));
        assertThat(driver.findElement(By.id("sp-board-text")).getAttribute("value")).isEmpty();
    }

    @Test
    @DisplayName("a rep who may browse only ACME gets GLOBEX's board as not found")
    void repSeesOnlyAcme() {
        ChromeDriver driver = openBoard("rep", "GLOBEX");
        assertThat(driver.findElement(By.id("sp-board-missing")).getText()).contains("GLOBEX");
        assertThat(driver.findElements(By.cssSelector(".sp-column"))).isEmpty();
    }

    private static ChromeDriver openBoard(String user, String project) {
        ChromeDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(host.baseUrl() + "/plugins/servlet/sales-pipeline/board/" + project);
        driver.findElement(By.id("login-" + user)).click();
        if (driver.findElements(By.id("sp-board-missing")).isEmpty()) {
            wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sp-column")));
        }
        return driver;
    }

    /** Drags the card onto the column or zone as the browser's drag and drop does: start, over, drop, end. */
    private static void drag(ChromeDriver driver, String issueKey, String stage) {
        driver.executeScript("var card = document.querySelector('[data-issue-key=\"' + arguments[0] + '\"]');"
                + "var target = document.querySelector('.sp-board-columns [data-stage=\"' + arguments[1] + '\"]');"
                + "var data = new DataTransfer();"
                + "card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                + "target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + "target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + "card.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));", issueKey, stage);
    }

    private static boolean inColumn(org.openqa.selenium.WebDriver driver, String issueKey, String stage) {
        return !driver.findElements(By.cssSelector(".sp-column[data-stage=" + stage + "] [data-issue-key='" + issueKey
                + "']")).isEmpty();
    }

    /** A deal in the status on the board's first page whose move into the other status the validators would allow or refuse. */
    private static String dealWhoseMove(String project, String status, String into, boolean allowed) {
        for (int n = 0; n < 40; n++) {
            String key;
            try {
                key = host.dealAt(project, status, n);
            } catch (IllegalStateException noMore) {
                break;
            }
            try {
                if (host.workflow().refusals(key, into).isEmpty() == allowed && !moved.contains(key)) {
                    moved.add(key);
                    return key;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no " + project + " deal in " + status + " whose move is " + allowed);
    }

    private static final List<String> moved = new java.util.ArrayList<>();

    private static PipelineConfig config(String project) {
        return host.app().getBean(PipelineDirectory.class).find(project).orElseThrow();
    }

    private static String statusOf(PipelineConfig config, StageRef target) {
        return config.mapping().lines().stream().filter(line -> line.target().equals(target)).map(MappedStatus::statusId)
                .findFirst().orElseThrow();
    }

    private static String status(String project, Outcome outcome) {
        return statusOf(config(project), StageRef.outcome(outcome));
    }

    private static String reason(String issueKey) {
        Object value = host.jira().issue(issueKey).getCustomFieldValue(host.jira().customFieldManager()
                .getCustomFieldObjectsByName(DealFields.LOST_REASON).iterator().next());
        return value instanceof com.atlassian.jira.issue.customfields.option.Option option ? option.getValue() : null;
    }

    private static WebDriverWait wait(org.openqa.selenium.WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
