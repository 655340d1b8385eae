package org.salespipeline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.store.StoreFixture.ACME;
import static org.salespipeline.store.StoreFixture.T0;
import static org.salespipeline.store.StoreFixture.change;
import static org.salespipeline.store.StoreFixture.deal;

import java.util.List;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineSettings;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.LoggedFieldChange;
import org.salespipeline.history.StageHoldings;

/** What the Active Objects stage log guarantees, run on each database by a subclass. */
public abstract class StageLogContract extends StoreContract {

    private StoreFixture store;

    @Before
    public void emptyStore() throws Exception {
        store = StoreFixture.clean(entityManager).withSevenStageAcme();
    }

    @Test
    @NonTransactional
    public void givenNewDeal_whenItsCreationStatusIsRecorded_thenItsStateShowsTheStage() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));

        DealEntity row = store.dealRow(1);
        assertThat(row.getStageKey()).isEqualTo("PROSPECTING");
        assertThat(row.getFurthest()).isEqualTo(1);
        assertThat(row.getEnteredAt()).isEqualTo(T0.toEpochMilli());
        assertThat(row.getIssueKey()).isEqualTo("ACME-1");
        assertThat(row.getAmount()).isEqualTo(1000.0);
        assertThat(store.count(StayEntity.class, 1)).isEqualTo(1);
    }

    @Test
    @NonTransactional
    public void givenLoggedChange_whenRecordedAgain_thenItIsStoredOnce() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));
        store.stageLog.record(ACME, deal(1), change(101, 2, "Proposal"));
        store.stageLog.record(ACME, deal(1), change(101, 2, "Proposal"));

        assertThat(store.count(TransitionEntity.class, 1)).isEqualTo(2);
        assertThat(store.count(StayEntity.class, 1)).isEqualTo(2);
        assertThat(store.dealRow(1).getFurthest()).isEqualTo(5);
    }

    @Test
    @NonTransactional
    public void givenFieldChanges_whenRecordedTwiceAndOutOfOrder_thenEachIsStoredOnceInTimeOrder() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));
        LoggedFieldChange raised = LoggedFieldChange.of(1, 1, FieldChange.amount(T0.plusSeconds(86_400), 1000.0, 1500.0));
        LoggedFieldChange pushed = LoggedFieldChange.of(1, 0, FieldChange.closeDate(T0.plusSeconds(3_600), null,
                java.time.LocalDate.parse("2026-03-31")));
        LoggedFieldChange cleared = LoggedFieldChange.of(1, 2, FieldChange.amount(T0.plusSeconds(2 * 86_400), 1500.0, null));

        store.stageLog.recordFields(ACME, deal(1), List.of(cleared, raised));
        store.stageLog.recordFields(ACME, deal(1), List.of(pushed, raised, cleared));

        assertThat(store.stageLog.fieldChanges(1)).containsExactly(pushed, raised, cleared);
        assertThat(store.stageLog.fieldChanges(1).get(2).change().to()).as("a cleared amount").isNull();
    }

    @Test
    @NonTransactional
    public void givenFieldChangesOfADealNotLogged_whenRecorded_thenNothingIsStored() {
        store.stageLog.recordFields(ACME, deal(2), List.of(LoggedFieldChange.of(2, 0, FieldChange.amount(T0, null, 5.0))));

        assertThat(store.stageLog.fieldChanges(2)).isEmpty();
    }

    @Test
    @NonTransactional
    public void givenFieldChanges_whenTheDealIsReplacedOrForgotten_thenItsFieldHistoryFollows() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));
        store.stageLog.recordFields(ACME, deal(1), List.of(LoggedFieldChange.of(1, 0, FieldChange.amount(T0, 10.0, 20.0))));
        LoggedFieldChange repaired = LoggedFieldChange.of(1, 0, FieldChange.amount(T0, 10.0, 30.0));

        store.stageLog.replace(ACME, new DealChanges(deal(1), List.of(change(100, 0, "Prospecting")), List.of(repaired)));
        assertThat(store.stageLog.fieldChanges(1)).containsExactly(repaired);
        store.stageLog.replace(ACME, deal(1), List.of(change(100, 0, "Prospecting"), change(101, 1, "Proposal")));
        assertThat(store.stageLog.fieldChanges(1)).as("replacing the status changes alone keeps the field history")
                .containsExactly(repaired);

        store.stageLog.forget(1);
        assertThat(store.stageLog.fieldChanges(1)).isEmpty();
    }

    @Test
    @NonTransactional
    public void givenNewerChangeLogged_whenAnOlderOneArrivesLate_thenTheStateIsAsIfInOrder() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));
        store.stageLog.record(ACME, deal(1), change(103, 9, "Negotiation"));
        store.stageLog.record(ACME, deal(1), change(102, 4, "Qualification"));

        DealEntity row = store.dealRow(1);
        assertThat(row.getStageKey()).isEqualTo("NEGOTIATION");
        assertThat(row.getEnteredAt()).isEqualTo(T0.plusSeconds(9 * 86_400).toEpochMilli());
        assertThat(row.getFurthest()).isEqualTo(6);
        assertThat(store.stageLog.changes(1)).extracting(LoggedChange::changeKey)
                .containsExactly("cg:100", "cg:102", "cg:103");
        assertThat(store.count(StayEntity.class, 1)).isEqualTo(3);
    }

    @Test
    @NonTransactional
    public void givenLostDeal_whenReopenedAndWon_thenTheOutcomeIsWonAtTheWonEntry() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));
        store.stageLog.record(ACME, deal(1), StoreFixture.change(101, 3, "Closed Lost", "Price"));
        store.stageLog.record(ACME, deal(1), change(102, 5, "Closing"));
        store.stageLog.record(ACME, deal(1), change(103, 8, "Closed Won"));

        DealEntity row = store.dealRow(1);
        assertThat(row.getOutcome()).isEqualTo("WON");
        assertThat(row.getOutcomeAt()).isEqualTo(T0.plusSeconds(8 * 86_400).toEpochMilli());
        assertThat(row.getCurrentOutcome()).isEqualTo("WON");
        assertThat(row.getStageKey()).isNull();
        assertThat(row.getFurthest()).isEqualTo(8);
    }

    @Test
    @NonTransactional
    public void givenChangeIntoUnmappedStatus_whenRecorded_thenItIsLoggedButMovesNothing() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Qualification"));
        store.stageLog.record(ACME, deal(1), change(101, 1, "On Hold"));

        assertThat(store.count(TransitionEntity.class, 1)).isEqualTo(2);
        assertThat(store.dealRow(1).getStageKey()).isEqualTo("QUALIFICATION");
    }

    @Test
    @NonTransactional
    public void givenLoggedDeal_whenForgotten_thenNothingOfItRemains() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));
        store.stageLog.record(ACME, deal(2), change(200, 0, "Prospecting"));

        store.stageLog.forget(1);

        assertThat(store.dealRow(1)).isNull();
        assertThat(store.count(TransitionEntity.class, 1)).isZero();
        assertThat(store.count(StayEntity.class, 1)).isZero();
        assertThat(store.dealRow(2)).isNotNull();
    }

    @Test
    @NonTransactional
    public void givenLoggedDeal_whenFactsChange_thenTodaysValuesAreStored() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));

        store.stageLog.updateFacts(ACME, new org.salespipeline.history.DealFacts(1, "ACME-1", "Renewal", T0, 5000.0,
                "bob", null));

        DealEntity row = store.dealRow(1);
        assertThat(row.getAmount()).isEqualTo(5000.0);
        assertThat(row.getOwner()).isEqualTo("bob");
        assertThat(row.getCloseDay()).isNull();
        assertThat(row.getSummary()).isEqualTo("Renewal");
    }

    @Test
    @NonTransactional
    public void givenLoggedDeal_whenHistoryIsReplaced_thenOnlyTheNewHistoryCounts() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));
        store.stageLog.record(ACME, deal(1), change(101, 1, "Closing"));

        store.stageLog.replace(ACME, deal(1), List.of(change(100, 0, "Prospecting"), change(105, 2, "Qualification")));

        assertThat(store.stageLog.changes(1)).extracting(LoggedChange::changeKey).containsExactly("cg:100", "cg:105");
        assertThat(store.dealRow(1).getFurthest()).isEqualTo(2);
        assertThat(store.count(StayEntity.class, 1)).isEqualTo(2);
    }

    @Test
    @NonTransactional
    public void givenLoggedDeals_whenAStageIsAskedFor_thenItsOpenDealsAndLoggedStaysAreCounted() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Proposal"));
        store.stageLog.record(ACME, deal(2), change(200, 0, "Proposal"));
        store.stageLog.record(ACME, deal(2), change(201, 1, "Negotiation"));
        store.stageLog.record(ACME, deal(3), change(300, 0, "Proposal"));
        store.stageLog.record(ACME, deal(3), change(301, 1, "Closed Lost"));

        assertThat(store.stageLog.holdings(ACME, "PROPOSAL")).isEqualTo(new StageHoldings(1, 3));
        assertThat(store.stageLog.holdings(ACME, "NEGOTIATION")).isEqualTo(new StageHoldings(1, 1));
        assertThat(store.stageLog.holdings(ACME, "CLOSING")).isEqualTo(new StageHoldings(0, 0));
        assertThat(store.stageLog.holdings("GLOBEX", "PROPOSAL")).isEqualTo(new StageHoldings(0, 0));
    }

    @Test
    @NonTransactional
    public void givenLoggedDeals_whenStagesAreReordered_thenSettingsDeriveThemAgain_andNotForNewNumbers() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Prospecting"));
        store.stageLog.record(ACME, deal(1), change(101, 1, "Proposal"));
        AoProbabilityHistory history = new AoProbabilityHistory(store.ao);
        java.time.Instant savedAt = java.time.Instant.parse("2026-02-01T10:00:00Z");
        PipelineSettings settings = new PipelineSettings(store.pipelines, store.stageLog, history,
                () -> java.util.Optional.of("JIRAUSER10000"), java.time.Clock.fixed(savedAt, java.time.ZoneOffset.UTC));
        PipelineConfig current = store.pipelines.find(ACME).orElseThrow();

        int forNumbers = settings.save(withPipeline(current, current.pipeline().updateStageNumbers("PROPOSAL", 55, 10)));
        int forOrder = settings.save(withPipeline(current, current.pipeline().moveStage("PROSPECTING", 6)));

        assertThat(forNumbers).isZero();
        assertThat(forOrder).isEqualTo(1);
        assertThat(store.dealRow(1).getFurthest()).as("PROSPECTING is now the last of seven stages").isEqualTo(7);
        assertThat(history.changes(ACME)).as("the new probability, kept once: the second save set it back to 50")
                .containsExactly(new org.salespipeline.configuration.ProbabilityChange("PROPOSAL", 55, savedAt,
                        "JIRAUSER10000"), new org.salespipeline.configuration.ProbabilityChange("PROPOSAL", 50, savedAt,
                        "JIRAUSER10000"));
    }

    @Test
    @NonTransactional
    public void givenDealInNegotiation_whenItemsAreTicked_thenTicksAreKeptAndStaleVersionsRefused() {
        store.stageLog.record(ACME, deal(1), change(100, 0, "Negotiation"));
        PipelineConfig config = store.pipelines.find(ACME).orElseThrow();
        AoChecklistStore checklists = new AoChecklistStore(store.ao, store.sql);
        java.time.Instant at = T0.plusSeconds(3600);

        checklists.mark(config.pipeline(), config.checklists(), 1, 6, "NEGOTIATION", "pricing-agreed",
                new org.salespipeline.checklist.ItemMark(true, "rep", at), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checklists.mark(config.pipeline(), config.checklists(), 1, 6,
                        "NEGOTIATION", "legal-review-done", new org.salespipeline.checklist.ItemMark(true, "admin", at), 0))
                .isInstanceOf(org.salespipeline.checklist.StaleChecklistVersionException.class);

        org.salespipeline.checklist.Checklist negotiation = checklists.load(config.pipeline(), config.checklists(), 1, 6)
                .checklist("NEGOTIATION").orElseThrow();
        assertThat(negotiation.version()).isEqualTo(1);
        assertThat(negotiation.isTicked("pricing-agreed")).isTrue();
        assertThat(negotiation.mark("pricing-agreed").orElseThrow().userKey()).isEqualTo("rep");
        assertThat(negotiation.mark("pricing-agreed").orElseThrow().at()).isEqualTo(at);
        assertThat(negotiation.isTicked("legal-review-done")).isFalse();
    }

    private static PipelineConfig withPipeline(PipelineConfig config, org.salespipeline.pipeline.Pipeline pipeline) {
        return new PipelineConfig(pipeline, config.mapping(), config.policy(), config.checklists());
    }

    @Test
    @NonTransactional
    public void givenSavedSetUp_whenReadBack_thenItIsTheSame() {
        PipelineConfig saved = StoreFixture.sevenStage("GLOBEX");
        store.pipelines.save(saved);

        PipelineConfig read = store.pipelines.find("GLOBEX").orElseThrow();

        assertThat(read.pipeline()).isEqualTo(saved.pipeline());
        assertThat(read.mapping().lines()).isEqualTo(saved.mapping().lines());
        assertThat(read.policy()).isEqualTo(saved.policy());
        assertThat(read.checklists().all()).isEqualTo(saved.checklists().all());
        assertThat(store.pipelines.all()).extracting(PipelineConfig::projectKey).containsExactly("ACME", "GLOBEX");
    }

    @Test
    @NonTransactional
    public void givenSavedSetUp_whenSavedAgainChanged_thenTheChangeReplacesIt() {
        PipelineConfig changed = new PipelineConfig(StoreFixture.sevenStage(ACME).pipeline().renameStage("CLOSING", "Signing"),
                StoreFixture.sevenStage(ACME).mapping(), new org.salespipeline.qualification.QualificationPolicy(2.5,
                        java.util.Set.of(org.salespipeline.qualification.BantCriterion.BUDGET), "PROPOSAL"),
                org.salespipeline.checklist.ChecklistTemplates.none());
        store.pipelines.save(changed);

        PipelineConfig read = store.pipelines.find(ACME).orElseThrow();
        assertThat(read.pipeline().stage("CLOSING").orElseThrow().name()).isEqualTo("Signing");
        assertThat(read.policy().threshold()).isEqualTo(2.5);
        assertThat(read.policy().mandatory()).containsExactly(org.salespipeline.qualification.BantCriterion.BUDGET);
        assertThat(read.checklists().all()).isEmpty();
        assertThat(store.pipelines.all()).hasSize(1);
    }
}
