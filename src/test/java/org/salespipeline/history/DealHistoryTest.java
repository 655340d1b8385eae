package org.salespipeline.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.history.HistoryFixtures.history;
import static org.salespipeline.history.HistoryFixtures.move;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.pipeline.StatusMapping;

@DisplayName("Deal history")
class DealHistoryTest {

    private static final StageRef PROSPECTING = StageRef.stage("PROSPECTING");
    private static final StageRef QUALIFICATION = StageRef.stage("QUALIFICATION");
    private static final StageRef PROPOSAL = StageRef.stage("PROPOSAL");

    private final DealHistory paused =
            history(move(0, "Prospecting"), move(2, "Backlog"), move(3, "Qualification"), move(3, "Proposal"));

    @Test
    @DisplayName("position: is the index of the furthest open stage entered")
    void furthest() {
        assertThat(history(move(0, "Prospecting"), move(1, "Qualification")).position()).isEqualTo(2);
    }

    @Test
    @DisplayName("position: a skip jumps straight to the stage entered")
    void skip() {
        assertThat(history(move(0, "Prospecting"), move(1, "Proposal")).position()).isEqualTo(5);
    }

    @Test
    @DisplayName("position: backward moves, LOST and DISQUALIFIED never lower it")
    void neverLowered() {
        DealHistory history = history(move(0, "Prospecting"), move(1, "Negotiation"), move(2, "Qualification"),
                move(3, "Closed Lost"), move(4, "Disqualified"));

        assertThat(history.position()).isEqualTo(6);
    }

    @Test
    @DisplayName("position: is n + 1 once the deal ever entered WON, even if reopened afterwards")
    void won() {
        assertThat(history(move(0, "Closing"), move(1, "Closed Won"), move(2, "Proposal")).position()).isEqualTo(8);
    }

    @Test
    @DisplayName("position: is 0 for a deal that never entered an open stage")
    void never() {
        assertThat(history().position()).isZero();
        assertThat(history(move(0, "Backlog"), move(1, "Closed Lost")).position()).isZero();
    }

    @Test
    @DisplayName("stays: each stay ends at the next change into a different stage or outcome; the last may be ongoing")
    void endAtNextStage() {
        DealHistory history = history(move(0, "Prospecting"), move(2, "Qualification"), move(5, "Closed Lost"));

        assertThat(history.stays()).containsExactly(
                new Stay("PROSPECTING", day(0), day(2)),
                new Stay("QUALIFICATION", day(2), day(5)));
        assertThat(history(move(0, "Prospecting")).stays()).containsExactly(new Stay("PROSPECTING", day(0), null));
    }

    @Test
    @DisplayName("stays: changes into unmapped statuses neither end nor start a stay")
    void unmappedIgnored() {
        DealHistory history = history(move(0, "Prospecting"), move(1, "On Hold"), move(3, "Qualification"));

        assertThat(history.stays()).first().isEqualTo(new Stay("PROSPECTING", day(0), day(3)));
        assertThat(history.entries()).hasSize(2);
    }

    @Test
    @DisplayName("stays: a change into another status of the same stage does not end the stay")
    void sameStageOtherStatus() {
        List<MappedStatus> lines = new ArrayList<>(PipelineTemplate.SEVEN_STAGE.defaultMapping().lines());
        lines.add(new MappedStatus("Cold Lead", PROSPECTING));
        StatusMapping mapping = new StatusMapping(lines);

        DealHistory history = DealHistory.derive(
                List.of(move(0, "Prospecting"), move(1, "Cold Lead"), move(4, "Qualification")), SEVEN, mapping);

        assertThat(history.stays()).first().isEqualTo(new Stay("PROSPECTING", day(0), day(4)));
        assertThat(history.enteredCurrentStageAt(day(2))).contains(day(0));
    }

    @Test
    @DisplayName("stays: coming back to a stage later starts a new stay")
    void reEntry() {
        DealHistory history = history(move(0, "Proposal"), move(2, "Qualification"), move(3, "Proposal"));

        assertThat(history.stays()).extracting(Stay::stageKey)
                .containsExactly("PROPOSAL", "QUALIFICATION", "PROPOSAL");
        assertThat(history.stays().get(2).isOngoing()).isTrue();
    }

    @Test
    @DisplayName("stays: a reopened deal gets a new stay after its outcome")
    void reopened() {
        DealHistory history = history(move(0, "Proposal"), move(1, "Closed Lost"), move(4, "Negotiation"));

        assertThat(history.stays()).containsExactly(
                new Stay("PROPOSAL", day(0), day(1)), new Stay("NEGOTIATION", day(4), null));
        assertThat(history.stays().get(0).days()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("stays: changes at the same instant keep their given order and leave a zero-length stay")
    void equalInstants() {
        DealHistory history = history(move(0, "Prospecting"), move(1, "Qualification"), move(1, "Proposal"));

        assertThat(history.stays()).containsExactly(
                new Stay("PROSPECTING", day(0), day(1)),
                new Stay("QUALIFICATION", day(1), day(1)),
                new Stay("PROPOSAL", day(1), null));
    }

    @Test
    @DisplayName("stays: changes given out of time order are put in order, equal instants staying as given")
    void outOfOrderInput() {
        DealHistory history = history(move(3, "Proposal"), move(0, "Prospecting"), move(3, "Negotiation"));

        assertThat(history.stays()).extracting(Stay::stageKey).containsExactly("PROSPECTING", "PROPOSAL", "NEGOTIATION");
    }

    @Test
    @DisplayName("stage at an instant: is empty before the first change")
    void beforeFirst() {
        assertThat(paused.stageAt(day(-1))).isEmpty();
        assertThat(paused.enteredCurrentStageAt(day(-1))).isEmpty();
    }

    @Test
    @DisplayName("stage at an instant: counts changes made exactly at the instant, the last of equal instants winning")
    void atInstant() {
        assertThat(paused.stageAt(day(0))).contains(PROSPECTING);
        assertThat(paused.stageAt(day(3))).contains(PROPOSAL);
        assertThat(paused.enteredCurrentStageAt(day(3))).contains(day(3));
    }

    @Test
    @DisplayName("stage at an instant: ignores unmapped statuses in between")
    void betweenChanges() {
        assertThat(paused.stageAt(day(2.5))).contains(PROSPECTING);
        assertThat(paused.enteredCurrentStageAt(day(2.5))).contains(day(0));
    }

    @Test
    @DisplayName("stage at an instant: reports outcomes too")
    void outcome() {
        DealHistory lost = history(move(0, "Proposal"), move(1, "Closed Lost"));

        assertThat(lost.stageAt(day(9))).contains(StageRef.outcome(Outcome.LOST));
        assertThat(lost.enteredCurrentStageAt(day(9))).contains(day(1));
        assertThat(history(move(0, "Qualification")).stageAt(day(0))).contains(QUALIFICATION);
    }

    @Test
    @DisplayName("outcome: an open deal has none")
    void open() {
        assertThat(history(move(0, "Proposal")).outcome()).isEmpty();
    }

    @Test
    @DisplayName("outcome: a deal ever won is won at its first WON entry, whatever happened before or after")
    void wonBeatsLost() {
        DealHistory history = history(move(0, "Proposal"), move(1, "Closed Lost", "price"), move(2, "Negotiation"),
                move(3, "Closed Won"), move(4, "Closed Lost"), move(5, "Closed Won"));

        assertThat(history.outcome()).contains(new DealOutcome(Outcome.WON, day(3), null));
    }

    @Test
    @DisplayName("outcome: a deal lost twice is lost at the first LOST entry, with the reason recorded there")
    void firstLost() {
        DealHistory history = history(move(0, "Proposal"), move(1, "Disqualified", "no budget"),
                move(2, "Closed Lost", "price"), move(3, "Proposal"), move(4, "Closed Lost", "timing"));

        assertThat(history.outcome()).contains(new DealOutcome(Outcome.LOST, day(2), "price"));
    }

    @Test
    @DisplayName("outcome: a deal only ever disqualified is disqualified at its first such entry")
    void disqualified() {
        DealHistory history = history(move(0, "Qualification"), move(1, "Disqualified", "no budget"),
                move(2, "Qualification"), move(3, "Disqualified", "no authority"));

        assertThat(history.outcome()).contains(new DealOutcome(Outcome.DISQUALIFIED, day(1), "no budget"));
    }

    @Test
    @DisplayName("outcome: a deal created directly in an outcome has that outcome, no stays and position 0")
    void createdInOutcome() {
        DealHistory history = history(move(0, "Closed Lost", "duplicate"));

        assertThat(history.outcome()).contains(new DealOutcome(Outcome.LOST, day(0), "duplicate"));
        assertThat(history.stays()).isEmpty();
        assertThat(history.position()).isZero();
    }
}
