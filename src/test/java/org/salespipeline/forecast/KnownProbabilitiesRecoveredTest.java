package org.salespipeline.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.metrics.DealRecord;

/** On a generated history whose true stage win probabilities are known, the calibration recovers them. */
class KnownProbabilitiesRecoveredTest {

    private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    @DisplayName("at least 6 of the 7 stages hold their true win probability within their 90 % interval")
    void trueProbabilitiesLieWithinTheIntervals() {
        List<DealRecord> deals = KnownHistory.generate(20_260_601L, 1_500, T, 730);
        List<StageCalibration> stages = ReferenceWinProbabilities.of(KnownHistory.MAPPING, deals)
                .calibration(KnownHistory.SEVEN, T, Calibration.DEFAULT_LOOKBACK_DAYS);

        int recovered = 0;
        for (int i = 0; i < stages.size(); i++) {
            StageCalibration stage = stages.get(i);
            double truth = KnownHistory.TRUE_PERCENT.get(i);
            assertThat(stage.fallback()).as(stage.key() + " has enough closed deals").isFalse();
            if (stage.low() <= truth && truth <= stage.high()) {
                recovered++;
            }
        }
        assertThat(recovered).as("stages whose interval holds the truth: " + stages).isGreaterThanOrEqualTo(6);
    }
}
