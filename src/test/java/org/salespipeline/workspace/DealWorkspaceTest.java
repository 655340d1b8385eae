package org.salespipeline.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salespipeline.checklist.StaleChecklistVersionException;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.PluginDescriptor;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantAssessment;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.store.AoBantNotes;
import org.salespipeline.store.AoChecklistStore;
import org.salespipeline.store.AoPipelineDirectory;
import org.salespipeline.store.AoStageLog;

/** The deal workspace over the real Active Objects store (HSQLDB), with Jira's issues in a map. */
class DealWorkspaceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant NOW = T0.plusSeconds(40 * 86_400L);

    private EntityManager entityManager;
    private AoPipelineDirectory pipelines;
    private AoStageLog stageLog;
    private final Map<String, DealIssue> issues = new HashMap<>();
    private final Map<String, Map<BantCriterion, BantAnswer>> written = new HashMap<>();
    private DealWorkspace workspace;

    @BeforeEach
    void store(@TempDir Path directory) {
        entityManager = DemoDatabase.hsqldbFile(directory);
        DemoDatabase.migrate(entityManager, PluginDescriptor.load().aoEntities());
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        pipelines = new AoPipelineDirectory(ao);
        stageLog = new AoStageLog(ao, pipelines);
        pipelines.save(PipelineConfig.fromTemplate(PipelineTemplate.byId("seven-stage"), "ACME", "Acme sales", "USD"));
        DealIssues jira = new DealIssues() {
            @Override
            public Optional<DealIssue> find(String issueKey) {
                return Optional.ofNullable(issues.get(issueKey));
            }

            @Override
            public List<String> writeBant(String issueKey, Map<BantCriterion, BantAnswer> answers) {
                if (answers.containsKey(BantCriterion.TIMELINE)) {
                    return List.of("Jira has no select list field named Timeline.");
                }
                written.computeIfAbsent(issueKey, key -> new EnumMap<>(BantCriterion.class)).putAll(answers);
                return List.of();
            }
        };
        workspace = new DealWorkspace(pipelines, stageLog, new AoChecklistStore(ao), jira, new AoBantNotes(ao),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        DemoDatabase.close(entityManager);
    }

    @Test
    @DisplayName("an open deal: passed and current stages, days since entering the stage, rot badge, weighted value")
    void openDeal() {
        deal(1, "Proposal", 20_000.0, moves(0, "Prospecting", 3, "Qualification", 9, "Needs Assessment", 15, "Proposal"));

        DealView view = workspace.view("ACME-1", true).orElseThrow();

        assertThat(view.path()).extracting(DealView.PathStep::state).containsExactly(
                "PASSED", "PASSED", "PASSED", "PASSED", "CURRENT", "AHEAD", "AHEAD");
        assertThat(view.currentStage()).isEqualTo("PROPOSAL");
        assertThat(view.daysInStage()).isCloseTo(25.0, within(1e-9));
        assertThat(view.rotDays()).isEqualTo(21);
        assertThat(view.rotting()).isTrue();
        assertThat(view.probability()).isEqualTo(50);
        assertThat(view.weightedValue()).isEqualTo(10_000.0);
        assertThat(view.closed()).isNull();
        assertThat(view.checklists()).as("no checklist before negotiation").isEmpty();
    }

    @Test
    @DisplayName("a deal moved back keeps the checklists it reached, the current stage's listed first")
    void movedBack() {
        deal(2, "Negotiation", null, moves(0, "Prospecting", 1, "Qualification", 2, "Closing", 30, "Negotiation"));

        DealView view = workspace.view("ACME-2", false).orElseThrow();

        assertThat(view.checklists()).extracting(DealView.ChecklistView::stage).containsExactly("NEGOTIATION", "CLOSING");
        assertThat(view.checklists().get(0).current()).isTrue();
        assertThat(view.weightedValue()).isNull();
        assertThat(view.rotting()).as("10 days of 30").isFalse();
        assertThat(view.canEdit()).isFalse();
    }

    @Test
    @DisplayName("a lost deal: outcome with its reason and time, probability 0, stages up to the furthest reached passed")
    void lostDeal() {
        deal(3, "Closed Lost", 5_000.0, List.of(
                LoggedChange.ofInstant(3, 0, new StatusChange(T0, "Prospecting")),
                LoggedChange.ofInstant(3, 1, new StatusChange(T0.plusSeconds(86_400), "Proposal")),
                LoggedChange.ofInstant(3, 2, new StatusChange(T0.plusSeconds(10 * 86_400), "Closed Lost", "Went with a competitor"))));

        DealView view = workspace.view("ACME-3", true).orElseThrow();

        assertThat(view.closed()).isEqualTo(new DealView.Closed("LOST", T0.plusSeconds(10 * 86_400).toString(), "Went with a competitor"));
        assertThat(view.probability()).isZero();
        assertThat(view.weightedValue()).isZero();
        assertThat(view.currentStage()).isNull();
        assertThat(view.path()).extracting(DealView.PathStep::state).containsExactly(
                "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "AHEAD", "AHEAD");
    }

    @Test
    @DisplayName("a status the pipeline does not map: no current stage and no days, and not a deal for other issue types")
    void unmappedAndNotADeal() {
        deal(4, "Waiting for legal", 1.0, moves(0, "Prospecting"));
        issues.put("ACME-5", new DealIssue(5, "ACME-5", "A task", "ACME", false, "Prospecting", null, null, null));
        issues.put("OPS-1", new DealIssue(6, "OPS-1", "No pipeline", "OPS", true, "Prospecting", null, null, null));

        DealView view = workspace.view("ACME-4", true).orElseThrow();
        assertThat(view.currentStage()).isNull();
        assertThat(view.daysInStage()).isNull();
        assertThat(view.statusId()).isEqualTo("Waiting for legal");
        assertThat(workspace.view("ACME-5", true)).isEmpty();
        assertThat(workspace.view("OPS-1", true)).isEmpty();
        assertThat(workspace.view("ACME-404", true)).isEmpty();
    }

    @Test
    @DisplayName("BANT answers go to Jira and notes to the store; a refusal from Jira changes nothing")
    void bant() {
        deal(7, "Qualification", 1.0, moves(0, "Qualification"));

        workspace.saveBant("ACME-7", Map.of(BantCriterion.BUDGET, new BantEntry(BantAnswer.CONFIRMED, "  40k approved  "),
                BantCriterion.NEED, new BantEntry(BantAnswer.PARTIAL, null)));
        assertThat(written.get("ACME-7")).containsEntry(BantCriterion.BUDGET, BantAnswer.CONFIRMED)
                .containsEntry(BantCriterion.NEED, BantAnswer.PARTIAL);
        issues.put("ACME-7", withBant(issues.get("ACME-7"), BantAssessment.unanswered()
                .with(BantCriterion.BUDGET, BantAnswer.CONFIRMED).with(BantCriterion.NEED, BantAnswer.PARTIAL)));
        DealView view = workspace.view("ACME-7", true).orElseThrow();
        assertThat(view.bant().score()).isEqualTo(1.5);
        assertThat(view.bant().criteria().get(0).note()).isEqualTo("40k approved");
        assertThat(view.bant().missing()).containsExactly("BANT score 1.5 is below the required 3");

        assertThatThrownBy(() -> workspace.saveBant("ACME-7", Map.of(
                BantCriterion.BUDGET, new BantEntry(BantAnswer.UNKNOWN, "changed"),
                BantCriterion.TIMELINE, new BantEntry(BantAnswer.CONFIRMED, "soon"))))
                .isInstanceOf(DealUpdateRefusedException.class).hasMessageContaining("Timeline");
        assertThat(workspace.view("ACME-7", true).orElseThrow().bant().criteria().get(0).note()).isEqualTo("40k approved");
    }

    @Test
    @DisplayName("a tick records who and when; a tick against an old version is refused and changes nothing")
    void ticks() {
        deal(8, "Negotiation", 1.0, moves(0, "Prospecting", 5, "Negotiation"));

        DealView ticked = workspace.mark("ACME-8", "NEGOTIATION", "pricing-agreed", true, 0, "ann").orElseThrow();
        DealView.ChecklistView negotiation = ticked.checklists().get(0);
        assertThat(negotiation.version()).isEqualTo(1);
        assertThat(negotiation.done()).isEqualTo(1);
        assertThat(negotiation.items()).filteredOn(i -> i.id().equals("pricing-agreed")).singleElement()
                .satisfies(item -> {
                    assertThat(item.changedBy()).isEqualTo("ann");
                    assertThat(item.changedAt()).isEqualTo(NOW.toString());
                });
        assertThatThrownBy(() -> workspace.mark("ACME-8", "NEGOTIATION", "legal-review-done", true, 0, "bob"))
                .isInstanceOf(StaleChecklistVersionException.class);
        assertThat(workspace.view("ACME-8", true).orElseThrow().checklists().get(0).done()).isEqualTo(1);
    }

    private void deal(long id, String status, Double amount, List<LoggedChange> changes) {
        String key = "ACME-" + id;
        issues.put(key, new DealIssue(id, key, "Deal " + id, "ACME", true, status, amount, "ann", null));
        stageLog.replace("ACME", new DealFacts(id, key, "Deal " + id, T0, amount, "ann", null), changes);
    }

    private static DealIssue withBant(DealIssue issue, BantAssessment bant) {
        return new DealIssue(issue.issueId(), issue.key(), issue.summary(), issue.projectKey(), issue.isDeal(),
                issue.statusId(), issue.amount(), issue.owner(), bant);
    }

    /** Changes at the given day offsets from T0: day, status, day, status… */
    private static List<LoggedChange> moves(Object... dayAndStatus) {
        List<LoggedChange> changes = new java.util.ArrayList<>();
        for (int i = 0; i < dayAndStatus.length; i += 2) {
            int day = (Integer) dayAndStatus[i];
            changes.add(LoggedChange.ofInstant(0, i / 2, new StatusChange(T0.plusSeconds(day * 86_400L), (String) dayAndStatus[i + 1])));
        }
        return changes;
    }
}
