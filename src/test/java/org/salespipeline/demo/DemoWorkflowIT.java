package org.salespipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.salespipeline.demo.DemoIssue.DemoOption;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StageLog;
import org.salespipeline.jira.DealFields;

/**
 * A deal moves through the app's generated workflow in the demo host: its exit-criteria validators block
 * with exact messages, and every move that passes reaches the stage log through the app's listener.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoWorkflowIT {

    private static DemoHost host;
    private static StageLog stageLog;

    @BeforeAll
    static void start() throws Exception {
        Path files = Files.createTempDirectory("workflow");
        Path data = files.resolve("history.json");
        Files.writeString(data, """
                {"pipelines":[{"project":"ACME","name":"Acme sales","template":"seven-stage","currency":"USD"}],
                 "deals":[{"key":"ACME-1","summary":"Renewal","created":"2026-01-05T09:00:00Z","amount":12000,
                           "history":[{"at":"2026-01-05T09:00:00Z","status":"Qualification"}]}]}
                """);
        host = DemoHost.start(new DemoOptions(0, files.resolve("db"), data, Instant.parse("2026-02-01T10:00:00Z")));
        stageLog = host.app().getBean(StageLog.class);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    @Order(1)
    @DisplayName("leaving qualification below the BANT threshold is refused with the score, and nothing is logged")
    void bantBlocks() throws Exception {
        List<String> refusals = host.workflow().transition("ACME-1", "Proposal", Map.of());

        assertThat(refusals).containsExactly("BANT score 0 is below the required 3");
        assertThat(lastStatus()).isEqualTo("Qualification");
    }

    @Test
    @Order(2)
    @DisplayName("with three criteria confirmed the deal moves on, and the listener logs the move")
    void bantPasses() throws Exception {
        List<String> refusals = host.workflow().transition("ACME-1", "Proposal", Map.of(
                "Budget", new DemoOption("Confirmed"), "Authority", new DemoOption("Confirmed"),
                "Need", new DemoOption("Confirmed")));

        assertThat(refusals).isEmpty();
        assertThat(lastStatus()).isEqualTo("Proposal");
        assertThat(host.jira().issue("ACME-1").get("BANT score")).as("score written for JQL").isEqualTo(3.0);
        int updates = host.jira().updates();
        host.workflow().transition("ACME-1", "Negotiation", Map.of());
        assertThat(host.jira().updates()).as("an unchanged score is not written again").isEqualTo(updates);
    }

    @Test
    @Order(3)
    @DisplayName("closing as lost needs a lost reason, which the log keeps with the outcome")
    void lostNeedsReason() throws Exception {
        host.workflow().transition("ACME-1", "Proposal", Map.of());
        assertThat(host.workflow().transition("ACME-1", "Closed Lost", Map.of()))
                .containsExactly("A lost reason is required to close the deal as lost.");

        assertThat(host.workflow().transition("ACME-1", "Closed Lost", Map.of(DealFields.LOST_REASON, new DemoOption("Price"))))
                .isEmpty();
        List<LoggedChange> changes = stageLog.changes(1);
        assertThat(changes.get(changes.size() - 1).change().reason()).isEqualTo("Price");
    }

    @Test
    @Order(4)
    @DisplayName("winning names every open required checklist item, even straight from lost")
    void wonNeedsChecklists() throws Exception {
        List<String> refusals = host.workflow().transition("ACME-1", "Closed Won", Map.of());

        assertThat(refusals).hasSize(8)
                .contains("Negotiation checklist: \"Legal review of the contract is complete\" is not ticked");
        assertThat(lastStatus()).isEqualTo("Closed Lost");
    }

    private static String lastStatus() {
        List<LoggedChange> changes = stageLog.changes(1);
        return changes.get(changes.size() - 1).change().statusId();
    }
}
