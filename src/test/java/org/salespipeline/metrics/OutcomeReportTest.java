package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.ReasonNames;
import org.salespipeline.history.Reasons;

/** The outcome report's reasons as shown: by the names their options have now. */
class OutcomeReportTest {

    @Test
    @DisplayName("reasons that now share a name count as one: the option, its old name and the same text recorded before")
    void renamedOptionsAndOldTextMerge() {
        Map<Long, String> names = Map.of(10301L, "Pricing", 10304L, "Timing");
        ReasonNames current = recorded -> Reasons.optionId(recorded).map(names::get).orElse(recorded);
        OutcomeReport report = new OutcomeReport(4, 9, 1,
                List.of(new ReasonCount("option:10301:Price", 3), new ReasonCount("option:10304:Timing", 3),
                        new ReasonCount("Pricing", 1), new ReasonCount(null, 2)),
                List.of(new ReasonCount("No budget", 1)), 12.5);

        OutcomeReport named = report.named(current);

        assertThat(named.lostReasons()).containsExactly(new ReasonCount("Pricing", 4), new ReasonCount("Timing", 3),
                new ReasonCount(null, 2));
        assertThat(named.disqualifiedReasons()).containsExactly(new ReasonCount("No budget", 1));
        assertThat(List.of(named.won(), named.lost(), named.disqualified())).containsExactly(4, 9, 1);
        assertThat(named.medianDaysToDisqualify()).isEqualTo(12.5);
    }

    @Test
    @DisplayName("shown as recorded, an option reason reads as its name when it was recorded")
    void asRecorded() {
        OutcomeReport report = new OutcomeReport(0, 1, 0, List.of(new ReasonCount("option:10301:Price", 1)), List.of(), null);

        assertThat(report.named(ReasonNames.AS_RECORDED).lostReasons()).containsExactly(new ReasonCount("Price", 1));
    }

    @Test
    @DisplayName("the win rate is won ÷ (won + lost): disqualified deals do not count, and none closed has none")
    void winRate() {
        assertThat(new OutcomeReport(3, 1, 6, List.of(), List.of(), null).winRate()).isEqualTo(0.75);
        assertThat(new OutcomeReport(0, 0, 2, List.of(), List.of(), null).winRate()).isNull();
    }
}
