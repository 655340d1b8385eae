package org.salespipeline.criteria;

import static org.salespipeline.text.BundleTexts.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.checklist.ChecklistItem;
import org.salespipeline.checklist.DealChecklists;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantAssessment;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.qualification.QualificationPolicy;

@DisplayName("Exit criteria")
class ExitCriteriaTest {

    private static final PipelineConfig SEVEN = PipelineConfig.fromTemplate(PipelineTemplate.SEVEN_STAGE, "ACME", "Sales", "USD");
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    @DisplayName("moves past qualification and into WON are checked for BANT; backward and outcome-less moves are not")
    void whichChecksApply() {
        assertThat(ExitCriteria.checksFor(SEVEN, StageRef.stage("PROPOSAL"))).containsExactly(ExitCheck.QUALIFICATION);
        assertThat(ExitCriteria.checksFor(SEVEN, StageRef.stage("QUALIFICATION"))).isEmpty();
        assertThat(ExitCriteria.checksFor(SEVEN, StageRef.outcome(Outcome.WON)))
                .containsExactly(ExitCheck.QUALIFICATION, ExitCheck.WON);
        assertThat(ExitCriteria.checksFor(SEVEN, StageRef.outcome(Outcome.LOST))).containsExactly(ExitCheck.LOST);
        assertThat(ExitCriteria.checksFor(SEVEN, StageRef.outcome(Outcome.DISQUALIFIED)))
                .containsExactly(ExitCheck.DISQUALIFIED);
    }

    @Test
    @DisplayName("a deal in qualification below the threshold is told its score and the threshold")
    void givenLowScore_whenLeavingQualification_thenScoreIsNamed() {
        BantAssessment bant = BantAssessment.unanswered()
                .with(BantCriterion.BUDGET, BantAnswer.CONFIRMED).with(BantCriterion.NEED, BantAnswer.PARTIAL);

        assertThat(english(ExitCriteria.missing(ExitCheck.QUALIFICATION, SEVEN, deal(2, bant))))
                .containsExactly("BANT score 1.5 is below the required 3");
    }

    @Test
    @DisplayName("a mandatory criterion left unconfirmed is named even when the score is high enough")
    void givenMandatoryCriterionOpen_whenLeavingQualification_thenItIsNamed() {
        PipelineConfig strict = new PipelineConfig(SEVEN.pipeline(), SEVEN.mapping(),
                new QualificationPolicy(3, EnumSet.of(BantCriterion.AUTHORITY), "QUALIFICATION"), SEVEN.checklists());
        BantAssessment bant = BantAssessment.unanswered().with(BantCriterion.BUDGET, BantAnswer.CONFIRMED)
                .with(BantCriterion.AUTHORITY, BantAnswer.PARTIAL).with(BantCriterion.NEED, BantAnswer.CONFIRMED)
                .with(BantCriterion.TIMELINE, BantAnswer.CONFIRMED);

        assertThat(english(ExitCriteria.missing(ExitCheck.QUALIFICATION, strict, deal(2, bant))))
                .containsExactly("Authority must be CONFIRMED (mandatory)");
    }

    @Test
    @DisplayName("a deal now past the gate stage is not held back by BANT")
    void givenDealPastQualification_whenMovingOn_thenBantIsNotChecked() {
        assertThat(english(ExitCriteria.missing(ExitCheck.QUALIFICATION, SEVEN, deal(5, BantAssessment.unanswered())))).isEmpty();
    }

    @Test
    @DisplayName("a deal back in qualification is held by BANT however far it had been before")
    void givenDealThatWasFurther_whenBackInQualification_thenBantIsChecked() {
        DealSnapshot deal = new DealSnapshot(2, BantAssessment.unanswered(),
                DealChecklists.forPosition(SEVEN.pipeline(), SEVEN.checklists(), 5), null, null);

        assertThat(english(ExitCriteria.missing(ExitCheck.QUALIFICATION, SEVEN, deal)))
                .containsExactly("BANT score 0 is below the required 3");
    }

    @Test
    @DisplayName("the gate is the stage the policy names; with no gate stage BANT blocks nothing")
    void theGateIsThePolicysStage() {
        PipelineConfig atProposal = new PipelineConfig(SEVEN.pipeline(), SEVEN.mapping(),
                SEVEN.policy().withGateStage("PROPOSAL"), SEVEN.checklists());
        PipelineConfig ungated = new PipelineConfig(SEVEN.pipeline(), SEVEN.mapping(), SEVEN.policy().withGateStage(null),
                SEVEN.checklists());

        assertThat(ExitCriteria.checksFor(atProposal, StageRef.stage("PROPOSAL"))).isEmpty();
        assertThat(ExitCriteria.checksFor(atProposal, StageRef.stage("NEGOTIATION"))).containsExactly(ExitCheck.QUALIFICATION);
        assertThat(english(ExitCriteria.missing(ExitCheck.QUALIFICATION, atProposal, deal(4, BantAssessment.unanswered()))))
                .containsExactly("BANT score 0 is below the required 3");
        assertThat(english(ExitCriteria.missing(ExitCheck.QUALIFICATION, atProposal, deal(6, BantAssessment.unanswered())))).isEmpty();
        assertThat(ExitCriteria.checksFor(ungated, StageRef.stage("CLOSING"))).isEmpty();
        assertThat(ExitCriteria.checksFor(ungated, StageRef.outcome(Outcome.WON))).containsExactly(ExitCheck.WON);
        assertThat(english(ExitCriteria.missing(ExitCheck.QUALIFICATION, ungated, deal(1, BantAssessment.unanswered())))).isEmpty();
    }

    @Test
    @DisplayName("the current position is the status's stage, else the last open stage the history entered, else 0")
    void currentPosition() {
        java.util.List<org.salespipeline.history.StatusChange> history = java.util.List.of(
                new org.salespipeline.history.StatusChange(NOW, "Proposal"),
                new org.salespipeline.history.StatusChange(NOW.plusSeconds(60), "Qualification"),
                new org.salespipeline.history.StatusChange(NOW.plusSeconds(120), "Closed Lost"));

        assertThat(ExitCriteria.currentPosition(SEVEN, "Initial Contact", history)).isEqualTo(3);
        assertThat(ExitCriteria.currentPosition(SEVEN, "Closed Lost", history)).isEqualTo(2);
        assertThat(ExitCriteria.currentPosition(SEVEN, "Backlog", java.util.List.of())).isZero();
    }

    @Test
    @DisplayName("entering WON names every open required item of every stage, even when the deal skips ahead")
    void givenOpenChecklists_whenEnteringWon_thenItemsAreNamed() {
        DealChecklists checklists = DealChecklists.forPosition(SEVEN.pipeline(), SEVEN.checklists(), 2);

        assertThat(english(ExitCriteria.missing(ExitCheck.WON, SEVEN, new DealSnapshot(2, confirmed(), checklists, null, null))))
                .contains("Negotiation checklist: \"Price and payment terms are agreed\" is not ticked",
                        "Closing checklist: \"The contract is signed by both parties\" is not ticked")
                .hasSize(8);
    }

    @Test
    @DisplayName("a deal with every required item ticked may enter WON")
    void givenAllRequiredTicked_whenEnteringWon_thenNothingIsMissing() {
        DealChecklists checklists = DealChecklists.forPosition(SEVEN.pipeline(), SEVEN.checklists(), 8);
        for (String stage : new String[] {"NEGOTIATION", "CLOSING"}) {
            for (ChecklistItem item : SEVEN.checklists().forStage(stage).orElseThrow().items()) {
                if (item.required()) {
                    long version = checklists.checklist(stage).orElseThrow().version();
                    checklists = checklists.tick(stage, item.id(), "rep", NOW, version);
                }
            }
        }

        assertThat(english(ExitCriteria.missing(ExitCheck.WON, SEVEN, new DealSnapshot(7, confirmed(), checklists, null, null)))).isEmpty();
    }

    @Test
    @DisplayName("LOST needs a lost reason and DISQUALIFIED a disqualification reason; blank counts as missing")
    void reasonsAreRequired() {
        DealChecklists none = DealChecklists.forPosition(SEVEN.pipeline(), SEVEN.checklists(), 1);
        assertThat(english(ExitCriteria.missing(ExitCheck.LOST, SEVEN, new DealSnapshot(1, confirmed(), none, "  ", null))))
                .containsExactly("A lost reason is required to close the deal as lost.");
        assertThat(english(ExitCriteria.missing(ExitCheck.LOST, SEVEN, new DealSnapshot(1, confirmed(), none, "Price", null)))).isEmpty();
        assertThat(english(ExitCriteria.missing(ExitCheck.DISQUALIFIED, SEVEN, new DealSnapshot(1, confirmed(), none, null, null))))
                .containsExactly("A disqualification reason is required to disqualify the deal.");
        assertThat(english(ExitCriteria.missing(ExitCheck.DISQUALIFIED, SEVEN,
                new DealSnapshot(1, confirmed(), none, null, "No budget")))).isEmpty();
    }

    @Test
    @DisplayName("workflow arguments name the checks in lower case, and unknown names are refused")
    void arguments() {
        assertThat(ExitCheck.fromArgument("won")).isEqualTo(ExitCheck.WON);
        assertThat(ExitCheck.QUALIFICATION.argument()).isEqualTo("qualification");
        assertThatThrownBy(() -> ExitCheck.fromArgument("approved")).hasMessageContaining("qualification, won, lost, disqualified");
    }

    private static DealSnapshot deal(int position, BantAssessment bant) {
        return new DealSnapshot(position, bant, DealChecklists.forPosition(SEVEN.pipeline(), SEVEN.checklists(), position),
                null, null);
    }

    private static BantAssessment confirmed() {
        BantAssessment bant = BantAssessment.unanswered();
        for (BantCriterion criterion : BantCriterion.values()) {
            bant = bant.with(criterion, BantAnswer.CONFIRMED);
        }
        return bant;
    }
}
