package org.salespipeline.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salespipeline.checklist.StaleChecklistVersionException;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantAssessment;
import org.salespipeline.qualification.BantCriterion;

/** The deal workspace over the real Active Objects store (HSQLDB), with Jira's issues in a map. */
class DealWorkspaceTest {

    private static final Instant T0 = WorkspaceFixture.T0;
    private static final Instant NOW = WorkspaceFixture.NOW;

    private WorkspaceFixture fixture;
    private Map<String, DealIssue> issues;
    private Map<String, Map<BantCriterion, BantAnswer>> written;
    private DealWorkspace workspace;

    @BeforeEach
    void store(@TempDir Path directory) {
        fixture = new WorkspaceFixture(directory);
        issues = fixture.issues;
        written = fixture.written;
        workspace = fixture.workspace;
    }

    @AfterEach
    void close() {
        fixture.close();
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
        assertThat(view.checklists()).as("none reached before negotiation; those whose required items block WON follow")
                .extracting(DealView.ChecklistView::stage, DealView.ChecklistView::neededToWin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NEGOTIATION", true),
                        org.assertj.core.groups.Tuple.tuple("CLOSING", true));
        assertThat(view.editable()).isTrue();
        assertThat(view.ownerName()).isEqualTo("Ann");
        assertThat(view.enteredAt()).isNotNull();
    }

    @Test
    @DisplayName("the panel counts how often the close date was moved later: a first date and a date pulled in are no push")
    void closeDatePushes() {
        deal(1, "Proposal", 20_000.0, moves(0, "Prospecting", 15, "Proposal"));
        java.time.Instant t0 = WorkspaceFixture.T0;
        fixture.stageLog.recordFields("ACME", new org.salespipeline.history.DealFacts(1, "ACME-1", "Deal 1", t0, 20_000.0,
                "ann", null), List.of(
                        org.salespipeline.history.LoggedFieldChange.of(1, 0, org.salespipeline.history.FieldChange.closeDate(
                                t0.plusSeconds(86_400), null, java.time.LocalDate.of(2026, 3, 1))),
                        org.salespipeline.history.LoggedFieldChange.of(1, 1, org.salespipeline.history.FieldChange.closeDate(
                                t0.plusSeconds(2 * 86_400), java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 4, 1))),
                        org.salespipeline.history.LoggedFieldChange.of(1, 2, org.salespipeline.history.FieldChange.closeDate(
                                t0.plusSeconds(3 * 86_400), java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 3, 15))),
                        org.salespipeline.history.LoggedFieldChange.of(1, 3, org.salespipeline.history.FieldChange.closeDate(
                                t0.plusSeconds(4 * 86_400), java.time.LocalDate.of(2026, 3, 15), java.time.LocalDate.of(2026, 5, 1)))));

        assertThat(workspace.view("ACME-1", true).orElseThrow().closeDatePushes()).isEqualTo(2);
    }

    /** The Hebrew bundle over the English one, as Jira falls back to English for a key not yet translated. */
    private static org.salespipeline.text.Texts hebrew() {
        java.util.Properties messages = new java.util.Properties();
        messages.putAll(org.salespipeline.text.BundleTexts.load(java.nio.file.Path.of("i18n/sales-pipeline.properties")));
        messages.putAll(org.salespipeline.text.BundleTexts.load(java.nio.file.Path.of("i18n/sales-pipeline_he.properties")));
        return new org.salespipeline.text.BundleTexts(messages);
    }

    @Test
    @DisplayName("a Hebrew user reads a template stage's name, guidance, exit criteria and checklist items in Hebrew, an"
            + " English user the stored text, and a renamed stage keeps its own name in both")
    void templateTextsInTheUsersLanguage() {
        deal(9, "Negotiation", 1_000.0, moves(0, "Prospecting", 1, "Negotiation"));
        java.util.Properties he = org.salespipeline.text.BundleTexts.load(java.nio.file.Path.of("i18n/sales-pipeline_he.properties"));

        DealView english = workspace.view("ACME-9", true).orElseThrow();
        fixture.texts = hebrew();
        DealView hebrew = workspace.view("ACME-9", true).orElseThrow();

        assertThat(english.path()).extracting(DealView.PathStep::name).contains("Negotiation", "Proposal");
        assertThat(hebrew.path()).extracting(DealView.PathStep::name)
                .contains(he.getProperty("sales-pipeline.template.stage.NEGOTIATION.name"),
                        he.getProperty("sales-pipeline.template.stage.PROPOSAL.name"))
                .doesNotContain("Negotiation", "Proposal");
        assertThat(hebrew.guidance()).isEqualTo(he.getProperty("sales-pipeline.template.stage.NEGOTIATION.guidance"));
        assertThat(hebrew.exitCriteria()).isEqualTo(he.getProperty("sales-pipeline.template.stage.NEGOTIATION.exit-criteria"));
        assertThat(english.guidance()).isEqualTo(org.salespipeline.pipeline.PipelineTemplate.SEVEN_STAGE.stages().stream()
                .filter(stage -> stage.key().equals("NEGOTIATION")).findFirst().orElseThrow().guidance());
        DealView.ChecklistView negotiation = hebrew.checklists().get(0);
        assertThat(negotiation.stageName()).isEqualTo(he.getProperty("sales-pipeline.template.stage.NEGOTIATION.name"));
        assertThat(negotiation.items()).extracting(DealView.ItemView::text)
                .contains(he.getProperty("sales-pipeline.template.checklist.NEGOTIATION.pricing-agreed"));
        assertThat(english.checklists().get(0).items()).extracting(DealView.ItemView::text)
                .contains("Price and payment terms are agreed");

        org.salespipeline.configuration.PipelineConfig config = fixture.pipelines.find("ACME").orElseThrow();
        org.salespipeline.pipeline.Pipeline pipeline = config.pipeline();
        fixture.pipelines.save(new org.salespipeline.configuration.PipelineConfig(new org.salespipeline.pipeline.Pipeline(
                pipeline.projectKey(), pipeline.name(), pipeline.currency(), pipeline.stages().stream()
                        .map(stage -> stage.key().equals("PROPOSAL") ? stage.withName("Offer sent") : stage).toList()),
                config.mapping(), config.policy(), config.checklists()));

        assertThat(workspace.view("ACME-9", true).orElseThrow().path()).extracting(DealView.PathStep::name)
                .contains("Offer sent", he.getProperty("sales-pipeline.template.stage.NEGOTIATION.name"));
    }

    @Test
    @DisplayName("where Jira cannot list a deal's transitions, the panel says why in the user's language and lists no moves")
    void movesUnavailableInTheUsersLanguage() {
        deal(9, "Qualification", 1_000.0, moves(0, "Prospecting", 1, "Qualification"));
        fixture.transitionsUnavailable = org.salespipeline.text.Message.of("sales-pipeline.panel.moves.unavailable",
                org.salespipeline.text.Message.of("sales-pipeline.host.missing", "com.atlassian.jira.bc.issue.IssueService"));

        DealView view = workspace.view("ACME-9", true).orElseThrow();

        assertThat(view.moves()).isEmpty();
        assertThat(view.movesUnavailable()).isEqualTo("Jira's workflow transitions are unavailable: this Jira does not"
                + " offer apps com.atlassian.jira.bc.issue.IssueService");
    }

    @Test
    @DisplayName("each transition of the workflow is listed with what blocks it: BANT holds a deal back in qualification"
            + " however far it had been, and WON names every open required item")
    void movesSayWhatBlocksThem() {
        deal(8, "Qualification", 1_000.0, moves(0, "Prospecting", 1, "Qualification", 2, "Proposal", 3, "Qualification"));

        DealView view = workspace.view("ACME-8", true).orElseThrow();

        assertThat(view.movesUnavailable()).isNull();
        assertThat(view.bant().applies()).isTrue();
        assertThat(view.bant().gateStage()).isEqualTo("QUALIFICATION");
        assertThat(view.bant().gateStageName()).isEqualTo("Qualification");
        org.salespipeline.criteria.Move contact = move(view, "Initial Contact");
        assertThat(contact.allowed()).isFalse();
        assertThat(contact.stage()).isEqualTo("INITIAL_CONTACT");
        assertThat(contact.blockers()).extracting(org.salespipeline.criteria.Move.Blocker::check,
                org.salespipeline.criteria.Move.Blocker::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("qualification", "BANT score 0 is below the required 3"));
        assertThat(move(view, "Prospecting").allowed()).as("back before the gate").isTrue();
        org.salespipeline.criteria.Move won = move(view, "Closed Won");
        assertThat(won.stage()).isEqualTo("WON");
        assertThat(won.blockers()).extracting(org.salespipeline.criteria.Move.Blocker::check)
                .startsWith("qualification").contains("won");
        assertThat(move(view, "Closed Lost").blockers()).extracting(org.salespipeline.criteria.Move.Blocker::message)
                .containsExactly("A lost reason is required to close the deal as lost.");
    }

    @Test
    @DisplayName("a checklist the deal has not reached takes ticks when it blocks WON; one that does not is refused")
    void neededToWinItemsAreTickable() {
        deal(9, "Negotiation", 1_000.0, moves(0, "Prospecting", 1, "Negotiation"));
        DealView before = workspace.view("ACME-9", true).orElseThrow();
        DealView.ChecklistView closing = before.checklists().stream().filter(c -> c.stage().equals("CLOSING")).findFirst()
                .orElseThrow();
        assertThat(closing.neededToWin()).isTrue();
        DealView.ItemView item = closing.items().stream().filter(DealView.ItemView::required).findFirst().orElseThrow();

        DealView after = workspace.mark("ACME-9", "CLOSING", item.id(), true, closing.version(), "ann").orElseThrow();

        DealView.ChecklistView ticked = after.checklists().stream().filter(c -> c.stage().equals("CLOSING")).findFirst()
                .orElseThrow();
        assertThat(ticked.done()).isEqualTo(closing.done() + 1);
        assertThat(move(after, "Closed Won").blockers()).extracting(org.salespipeline.criteria.Move.Blocker::message)
                .noneMatch(message -> message.contains(item.text()));
    }

    private static org.salespipeline.criteria.Move move(DealView view, String status) {
        return view.moves().stream().filter(m -> m.toStatusId().equals(status)).findFirst().orElseThrow();
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

        assertThat(view.closed()).isEqualTo(new DealView.Closed("LOST", T0.plusSeconds(10 * 86_400).toString(),
                "Went with a competitor", 10.0, 5_000.0, null));
        assertThat(view.daysInStage()).as("no rot counter on a closed deal").isNull();
        assertThat(view.rotting()).isFalse();
        assertThat(view.editable()).as("closed deals are read-only").isFalse();
        assertThat(view.canEdit()).isTrue();
        assertThat(view.probability()).isZero();
        assertThat(view.weightedValue()).isZero();
        assertThat(view.currentStage()).isNull();
        assertThat(view.path()).extracting(DealView.PathStep::state).containsExactly(
                "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "AHEAD", "AHEAD");
    }

    @Test
    @DisplayName("a lost deal whose reason option was renamed since shows the option's new name")
    void lostReasonByItsOptionsCurrentName() {
        fixture.optionNames.put(10301L, "Pricing");
        deal(4, "Closed Lost", 5_000.0, List.of(
                LoggedChange.ofInstant(4, 0, new StatusChange(T0, "Prospecting")),
                LoggedChange.ofInstant(4, 1, new StatusChange(T0.plusSeconds(86_400), "Closed Lost", "option:10301:Price"))));

        assertThat(workspace.view("ACME-4", true).orElseThrow().closed().reason()).isEqualTo("Pricing");
    }

    @Test
    @DisplayName("a status the pipeline does not map: no current stage and no days, and not a deal for other issue types")
    void unmappedAndNotADeal() {
        deal(4, "Waiting for legal", 1.0, moves(0, "Prospecting"));
        issues.put("ACME-5", issue(5, "ACME-5", "ACME", false));
        issues.put("OPS-1", issue(6, "OPS-1", "OPS", true));

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
        fixture.deal(id, status, amount, changes);
    }

    private static DealIssue withBant(DealIssue issue, BantAssessment bant) {
        return issue.withBant(bant);
    }

    private static DealIssue issue(long id, String key, String projectKey, boolean isDeal) {
        return new DealIssue(new org.salespipeline.feed.IssueSnapshot(
                new org.salespipeline.history.DealFacts(id, key, "Issue " + id, T0, null, null, null), projectKey, isDeal,
                "Prospecting", null, null), null, null);
    }

    private static List<LoggedChange> moves(Object... dayAndStatus) {
        return WorkspaceFixture.moves(dayAndStatus);
    }
}
