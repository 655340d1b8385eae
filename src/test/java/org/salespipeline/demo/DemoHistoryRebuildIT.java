package org.salespipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salespipeline.demo.DemoIssue.DemoOption;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.HistoryRebuild;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.Reconciliation;
import org.salespipeline.history.StageLog;
import org.salespipeline.jira.DealFields;
import org.salespipeline.workspace.DealWorkspace;

/**
 * Reasons entered on the demo's transition screen survive a history rebuild: the demo records them in the move's
 * change group, as Jira does, and the app reads them back from the reason field's change history.
 */
class DemoHistoryRebuildIT {

    @Test
    @DisplayName("a deal lost for Price, reopened and lost for Timing keeps both reasons through a rebuild; the panel shows the last, the metrics the first loss's")
    void rebuildKeepsTheReasonsEnteredOnTheScreen(@TempDir Path files) throws Exception {
        Path data = files.resolve("history.json");
        Files.writeString(data, """
                {"pipelines":[{"project":"ACME","name":"Acme sales","template":"seven-stage","currency":"USD"}],
                 "deals":[{"key":"ACME-1","summary":"Renewal","created":"2024-01-05T09:00:00Z","amount":12000,
                           "history":[{"at":"2024-01-05T09:00:00Z","status":"Prospecting"},
                                      {"at":"2024-02-01T09:00:00Z","status":"Proposal"}]}]}
                """);
        try (DemoHost host = DemoHost.start(new DemoOptions(0, files.resolve("db"), data, null))) {
            DemoWorkflow workflow = host.workflow();
            assertThat(workflow.transition("ACME-1", "Closed Lost", Map.of(DealFields.LOST_REASON, new DemoOption("Price")))).isEmpty();
            assertThat(workflow.transition("ACME-1", "Proposal", Map.of())).isEmpty();
            assertThat(workflow.transition("ACME-1", "Closed Lost", Map.of(DealFields.LOST_REASON, new DemoOption("Timing")))).isEmpty();
            StageLog stageLog = host.app().getBean(StageLog.class);
            List<String> recorded = reasons(stageLog.changes(1));
            ChangeHistorySource jiraHistory = host.app().getBean("changeHistorySource", ChangeHistorySource.class);

            host.app().getBean(HistoryRebuild.class).run("ACME", jiraHistory);

            assertThat(recorded).containsExactly(null, null, "Price", null, "Timing");
            assertThat(reasons(stageLog.changes(1))).isEqualTo(recorded);
            assertThat(new Reconciliation(stageLog).run("ACME", jiraHistory).repaired()).isZero();
            assertThat(host.app().getBean(DealWorkspace.class).view("ACME-1", true).orElseThrow().closed().reason())
                    .isEqualTo("Timing");
            // A deal counts once, at its first entry into its best outcome (DESIGN §4).
            assertThat(outcomes(host)).contains("\"lostReasons\":[{\"reason\":\"Price\",\"count\":1}]");
        }
    }

    private static List<String> reasons(List<LoggedChange> changes) {
        return changes.stream().map(change -> change.change().reason()).toList();
    }

    private static String outcomes(DemoHost host) throws Exception {
        String admin = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(host.baseUrl()
                        + "/rest/sales-pipeline/1.0/pipelines/ACME/outcomes?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z"))
                .header("Authorization", "Basic " + admin).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
