package org.salespipeline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.history.HistoryFixtures.move;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.HistoryFixtures;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.DealRecord;

/**
 * Win probabilities worked by hand on small histories of the seven-stage pipeline (Proposal configured at 50 %), as
 * of day 300 with a lookback of 100 days.
 */
class WinProbabilityTest {

    private static final Instant T = day(300);
    private static final int L = 100;

    @Test
    @DisplayName("M is the 90th percentile of days from first entry to outcome, and only the matured cohort counts")
    void maturedCohortOfFirstEntries() {
        StageCalibration proposal = proposal(history(false));

        assertThat(proposal.maturityDays()).as("the 14th of 15 durations in order: 90 days").isCloseTo(90, within(1e-9));
        assertThat(proposal.closed()).as("cohort [110, 210): the ten of days 150–159, Z at 110 and V; not W, Y or R")
                .isEqualTo(12);
        assertThat(proposal.won()).as("the five of the ten that were won").isEqualTo(5);
        assertThat(proposal.winProbability()).isCloseTo(100.0 * 5 / 12, within(1e-9));
        assertThat(proposal.fallback()).isFalse();
        assertThat(proposal.configured()).isEqualTo(50);
        assertThat(proposal.low()).as("Wilson, 90 %").isCloseTo(21.997788069178082, within(1e-9));
        assertThat(proposal.high()).isCloseTo(64.40189850994655, within(1e-9));
    }

    @Test
    @DisplayName("a deal counts once, by its first entry into the stage, not by a later return to it")
    void firstEntryOnly() {
        List<DealRecord> deals = List.of(
                // In Proposal on day 250, out on 252, back on 254, won on 256: 6 days from its first entry.
                deal(1, move(249, "Prospecting"), move(250, "Proposal"), move(252, "Negotiation"), move(254, "Proposal"),
                        move(256, "Closed Won")),
                // First in Proposal on day 100, back on 260, lost on 262: 162 days from its first entry.
                deal(2, move(99, "Prospecting"), move(100, "Proposal"), move(110, "Negotiation"), move(260, "Proposal"),
                        move(262, "Closed Lost")));
        StageCalibration proposal = calibrate(deals).get(4);

        assertThat(proposal.maturityDays()).as("the 2nd of 2 durations from first entries").isCloseTo(162, within(1e-9));
        assertThat(proposal.closed()).as("cohort [38, 138): deal 2 by its entry on day 100, deal 1 not at all")
                .isEqualTo(1);
        assertThat(proposal.won()).isZero();
    }

    @Test
    @DisplayName("disqualified deals count as closed and not won")
    void disqualifiedIsNotWon() {
        List<DealRecord> deals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String outcome = i < 6 ? "Closed Won" : i < 9 ? "Disqualified" : "Closed Lost";
            deals.add(deal(i + 1, move(249, "Prospecting"), move(250, "Proposal"), move(260, outcome)));
        }
        StageCalibration proposal = calibrate(deals).get(4);

        assertThat(proposal.closed()).as("won, lost and disqualified alike").isEqualTo(12);
        assertThat(proposal.won()).isEqualTo(6);
        assertThat(proposal.winProbability()).as("6 of 12, not 6 of the 9 won or lost").isCloseTo(50, within(1e-9));
    }

    @Test
    @DisplayName("below ten closed deals the stage keeps its configured probability and says so")
    void fallbackBelowTenClosed() {
        List<DealRecord> deals = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            deals.add(deal(i + 1, move(249, "Prospecting"), move(250, "Proposal"), move(260, "Closed Won")));
        }
        List<StageCalibration> stages = calibrate(deals);
        StageCalibration proposal = stages.get(4);

        assertThat(proposal.closed()).isEqualTo(9);
        assertThat(proposal.won()).isEqualTo(9);
        assertThat(proposal.fallback()).isTrue();
        assertThat(proposal.winProbability()).as("the configured 50 %, not 9 of 9").isEqualTo(50);
        assertThat(proposal.low()).as("the evidence's own interval is still given").isCloseTo(76.88664806802434,
                within(1e-9));
        assertThat(proposal.high()).isCloseTo(100, within(1e-9));
        StageCalibration closing = stages.get(6);
        assertThat(closing).as("a stage no deal entered")
                .isEqualTo(new StageCalibration("CLOSING", 90, 90, 0, 0, 0, 100, true, 0));
        assertThat(stages).extracting(StageCalibration::key).containsExactly("PROSPECTING", "QUALIFICATION",
                "INITIAL_CONTACT", "NEEDS_ASSESSMENT", "PROPOSAL", "NEGOTIATION", "CLOSING");
    }

    @Test
    @DisplayName("changes at or after T do not change the answer as of T")
    void asOfCut() {
        List<StageCalibration> before = calibrate(history(false));
        List<StageCalibration> withLaterChanges = calibrate(history(true));

        assertThat(withLaterChanges).isEqualTo(before);
        assertThat(before.get(4).won()).as("V was lost before T and won only after it").isEqualTo(5);
    }

    @Test
    @DisplayName("the lookback lies within 1 to 3650 days")
    void lookbackBounds() {
        WinProbabilities reference = ReferenceWinProbabilities.of(HistoryFixtures.MAPPING, List.of());
        assertThatThrownBy(() -> reference.calibration(HistoryFixtures.SEVEN, T, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reference.calibration(HistoryFixtures.SEVEN, T, Calibration.MAX_LOOKBACK_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(reference.calibration(HistoryFixtures.SEVEN, T, Calibration.MAX_LOOKBACK_DAYS)).hasSize(7);
    }

    @Test
    @DisplayName("the 90th percentile's rank is the nearest rank, ⌈0.9 n⌉")
    void maturityRank() {
        assertThat(Calibration.maturityRank(0)).isZero();
        assertThat(Calibration.maturityRank(1)).isEqualTo(1);
        assertThat(Calibration.maturityRank(10)).isEqualTo(9);
        assertThat(Calibration.maturityRank(11)).isEqualTo(10);
        assertThat(Calibration.maturityRank(20)).isEqualTo(18);
        assertThat(Calibration.maturityRank(21)).isEqualTo(19);
    }

    /**
     * Cohort [110, 210) once M is 90 days: ten deals entering Proposal on days 150–159 and closing 10, 20 … 100 days
     * later (odd ones won, 2, 4, 6 lost, 8 and 10 disqualified); Y entering at 210 and won at 215; Z entering at 110
     * and lost at 115; W entering at 109.5 and won at 110; R first in Proposal on day 100, back on 150, won on 160; V
     * entering at 130 and lost at 200; an open deal entering at 120. With {@code later}, changes at or after T too.
     */
    private static List<DealRecord> history(boolean later) {
        List<DealRecord> deals = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            double entered = 149 + k;
            String outcome = k % 2 == 1 ? "Closed Won" : k <= 6 ? "Closed Lost" : "Disqualified";
            List<StatusChange> changes = new ArrayList<>(List.of(move(entered - 1, "Prospecting"),
                    move(entered, "Proposal"), move(entered + 10 * k, outcome)));
            if (later && k == 2) {
                changes.add(move(305, "Closed Won"));
            }
            deals.add(deal(k, changes.toArray(StatusChange[]::new)));
        }
        deals.add(deal(11, move(209, "Prospecting"), move(210, "Proposal"), move(215, "Closed Won")));
        deals.add(deal(12, move(109, "Prospecting"), move(110, "Proposal"), move(115, "Closed Lost")));
        deals.add(deal(13, move(109, "Prospecting"), move(109.5, "Proposal"), move(110, "Closed Won")));
        deals.add(deal(14, move(99, "Prospecting"), move(100, "Proposal"), move(120, "Negotiation"), move(150, "Proposal"),
                move(160, "Closed Won")));
        List<StatusChange> v = new ArrayList<>(List.of(move(129, "Prospecting"), move(130, "Proposal"),
                move(200, "Closed Lost")));
        List<StatusChange> open = new ArrayList<>(List.of(move(119, "Prospecting"), move(120, "Proposal")));
        if (later) {
            v.add(move(300, "Closed Won"));
            open.add(move(301, "Closed Won"));
            for (int i = 0; i < 5; i++) {
                deals.add(deal(20 + i, move(300 + i, "Prospecting"), move(300.5 + i, "Proposal"),
                        move(310 + i, "Closed Lost")));
            }
        }
        deals.add(deal(15, v.toArray(StatusChange[]::new)));
        deals.add(deal(16, open.toArray(StatusChange[]::new)));
        return deals;
    }

    private static StageCalibration proposal(List<DealRecord> deals) {
        return calibrate(deals).get(4);
    }

    private static List<StageCalibration> calibrate(List<DealRecord> deals) {
        return ReferenceWinProbabilities.of(HistoryFixtures.MAPPING, deals).calibration(HistoryFixtures.SEVEN, T, L);
    }

    private static DealRecord deal(long number, StatusChange... changes) {
        return new DealRecord("ACME-" + number, "Deal " + number, changes[0].at(), 1000.0, "ann", null, List.of(changes));
    }
}
