package org.salespipeline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.EntityManagerSqlReader;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.FileHistorySource;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.demo.data.PipelineSpec;
import java.util.function.Predicate;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.LoggedFieldChange;
import org.salespipeline.history.SourceUnavailableException;
import org.salespipeline.history.StatusChange;
import org.salespipeline.store.AoPipelineDirectory;
import org.salespipeline.store.AoStageLog;

/** The feed on a real Active Objects store (HSQLDB in memory). */
@DisplayName("The stage-log feed")
class DealFeedTest {

    private static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");
    private EntityManager entityManager;
    private AoStageLog stageLog;
    private DealFeed feed;
    private List<DealSpec> jiraHistory;
    private boolean historyUnavailable;

    @BeforeEach
    void store() {
        entityManager = DemoDatabase.open("jdbc:hsqldb:mem:feed" + System.nanoTime() + ";hsqldb.tx=mvcc", "SA", "");
        DemoDatabase.migrate(entityManager, PluginDescriptor.load().aoEntities());
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        AoPipelineDirectory pipelines = new AoPipelineDirectory(ao);
        PipelineSpec acme = new PipelineSpec("ACME", "Acme sales", "seven-stage", "USD");
        pipelines.save(acme.config());
        stageLog = new AoStageLog(ao, pipelines, new EntityManagerSqlReader(entityManager));
        jiraHistory = new java.util.ArrayList<>();
        feed = new DealFeed(pipelines, stageLog, new ChangeHistorySource() {
            @Override
            public int count(String projectKey) {
                return jiraHistory.size();
            }

            @Override
            public void deals(String projectKey, long afterIssueId, Predicate<DealChanges> consumer) {
                new FileHistorySource(new HistoryFile(List.of(acme), jiraHistory)).deals(projectKey, afterIssueId, consumer);
            }

            @Override
            public List<LoggedFieldChange> fieldChanges(String projectKey, long issueId) {
                if (historyUnavailable) {
                    throw new SourceUnavailableException("Jira's change history is unavailable: test", null);
                }
                return new FileHistorySource(new HistoryFile(List.of(acme), jiraHistory)).fieldChanges(projectKey, issueId);
            }
        });
    }

    @AfterEach
    void close() {
        DemoDatabase.close(entityManager);
    }

    @Test
    @DisplayName("logs a deal's creation status and its moves, once each even when told twice")
    void logsStatusChanges() {
        feed.statusChanged(deal("ACME", true), new StatusChange(T0, "Prospecting"));
        feed.statusChanged(deal("ACME", true), new StatusChange(T0.plusSeconds(60), "Qualification"));
        feed.statusChanged(deal("ACME", true), new StatusChange(T0.plusSeconds(60), "Qualification"));

        assertThat(stageLog.changes(7)).extracting(c -> c.change().statusId()).containsExactly("Prospecting", "Qualification");
    }

    @Test
    @DisplayName("ignores issues that are not deals, and deals of projects without a pipeline")
    void ignoresOthers() {
        feed.statusChanged(deal("ACME", false), new StatusChange(T0, "Prospecting"));
        feed.statusChanged(deal("OTHER", true), new StatusChange(T0, "Prospecting"));

        assertThat(stageLog.changes(7)).isEmpty();
    }

    @Test
    @DisplayName("a deleted deal, or one retyped away from Deal, leaves the log")
    void deletedOrRetypedLeaves() {
        feed.statusChanged(deal("ACME", true), new StatusChange(T0, "Prospecting"));
        feed.relocated(deal("ACME", false));
        assertThat(stageLog.changes(7)).isEmpty();

        feed.statusChanged(deal("ACME", true), new StatusChange(T0, "Prospecting"));
        feed.deleted(7);
        assertThat(stageLog.changes(7)).isEmpty();
    }

    @Test
    @DisplayName("a deal moved into a pipeline project brings its whole history from Jira")
    void movedInBringsHistory() {
        jiraHistory.add(new DealSpec(7, "ACME-7", "Renewal", T0, 500.0, "rep", null,
                List.of(new StatusChange(T0, "Prospecting"), new StatusChange(T0.plusSeconds(3600), "Proposal"))));

        feed.relocated(deal("ACME", true));

        assertThat(stageLog.changes(7)).extracting(LoggedChange::change)
                .extracting(StatusChange::statusId).containsExactly("Prospecting", "Proposal");
    }

    @Test
    @DisplayName("an edit of a logged deal logs the amount and close-date changes Jira's change history holds, once each")
    void editLogsFieldChanges() {
        FieldChange raised = FieldChange.amount(T0.plusSeconds(600), 400.0, 500.0);
        FieldChange pushed = FieldChange.closeDate(T0.plusSeconds(900), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        jiraHistory.add(new DealSpec(7, "ACME-7", "Renewal", T0, 500.0, "rep", LocalDate.of(2026, 4, 1),
                List.of(new StatusChange(T0, "Prospecting")), List.of(raised, pushed)));
        feed.statusChanged(deal("ACME", true), new StatusChange(T0, "Prospecting"));

        feed.issueChanged(deal("ACME", true, "Prospecting"), T0.plusSeconds(900));
        feed.issueChanged(deal("ACME", true, "Prospecting"), T0.plusSeconds(901));

        assertThat(stageLog.fieldChanges(7)).extracting(LoggedFieldChange::change).containsExactly(raised, pushed);
    }

    @Test
    @DisplayName("without Jira's change history an edit still logs the new status and leaves the field history to a rebuild")
    void editWithoutChangeHistory() {
        feed.statusChanged(deal("ACME", true), new StatusChange(T0, "Prospecting"));
        historyUnavailable = true;

        feed.issueChanged(deal("ACME", true, "Proposal"), T0.plusSeconds(60));

        assertThat(stageLog.changes(7)).extracting(c -> c.change().statusId()).containsExactly("Prospecting", "Proposal");
        assertThat(stageLog.fieldChanges(7)).isEmpty();
    }

    @Test
    @DisplayName("the feed's change keys are the rebuild's: issue, instant and target status")
    void sameKeyAsRebuild() {
        StatusChange change = new StatusChange(T0, "Proposal");
        assertThat(DealFeed.identify(7, change).changeKey()).isEqualTo("at:7:" + T0.toEpochMilli() + ":Proposal");
    }

    private static IssueSnapshot deal(String project, boolean isDeal, String status) {
        return new IssueSnapshot(deal(project, isDeal).facts(), project, isDeal, status, null, null);
    }

    private static IssueSnapshot deal(String project, boolean isDeal) {
        return new IssueSnapshot(new DealFacts(7, project + "-7", "Renewal", T0, 500.0, "rep", LocalDate.of(2026, 4, 1)),
                project, isDeal);
    }
}
