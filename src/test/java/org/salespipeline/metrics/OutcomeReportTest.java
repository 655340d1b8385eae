package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.metrics.DealBuilder.deal;
import static org.salespipeline.metrics.DealBuilder.metrics;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Outcomes in a window")
class OutcomeReportTest {

    private static final Window FIRST_TEN_DAYS = new Window(day(0), day(10));

    private final ReferenceMetrics metrics = metrics(
            deal("ACME-1").move(0, "Proposal").move(5, "Closed Won"),
            deal("ACME-2").move(0, "Proposal").move(2, "Closed Lost", "price"),
            deal("ACME-3").move(0, "Proposal").move(3, "Closed Lost", "price"),
            deal("ACME-4").move(0, "Proposal").move(4, "Closed Lost", "timing"),
            deal("ACME-5").move(0, "Proposal").move(6, "Closed Lost"),
            deal("ACME-6").move(0, "Proposal").move(12, "Closed Lost", "price"),
            deal("ACME-7").created(0).move(0, "Qualification").move(2, "Disqualified", "no budget"),
            deal("ACME-8").created(1).move(1, "Qualification").move(5, "Disqualified", "no authority"),
            deal("ACME-9").created(2).owner("bob").move(2, "Disqualified", "no budget").move(3, "Qualification")
                    .move(9, "Disqualified", "no need"),
            deal("ACME-10").move(0, "Qualification").move(3, "Disqualified", "no budget").move(15, "Closed Lost"),
            deal("ACME-11").move(0, "Proposal").move(1, "Closed Lost", "price").move(30, "Closed Won"));

    @Test
    @DisplayName("counts each deal once under its best outcome, by the instant of that outcome")
    void counts() {
        OutcomeReport report = metrics.outcomes(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any());

        assertThat(report.won()).isEqualTo(1);
        assertThat(report.lost()).isEqualTo(4);
        assertThat(report.disqualified()).isEqualTo(3);
    }

    @Test
    @DisplayName("orders reasons by count, then reason, a missing reason reported as null and sorted last")
    void reasons() {
        OutcomeReport report = metrics.outcomes(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any());

        assertThat(report.lostReasons()).containsExactly(
                new ReasonCount("price", 2), new ReasonCount("timing", 1), new ReasonCount(null, 1));
        assertThat(report.disqualifiedReasons()).containsExactly(
                new ReasonCount("no budget", 2), new ReasonCount("no authority", 1));
    }

    @Test
    @DisplayName("takes the median days from creation to first disqualification")
    void medianDaysToDisqualify() {
        assertThat(metrics.outcomes(SEVEN, FIRST_TEN_DAYS, OwnerFilter.any()).medianDaysToDisqualify()).isEqualTo(2.0);
        assertThat(metrics.outcomes(SEVEN, FIRST_TEN_DAYS, OwnerFilter.of("ann")).medianDaysToDisqualify()).isEqualTo(3.0);
    }

    @Test
    @DisplayName("an empty window reports zeros, no reasons and a null median")
    void empty() {
        assertThat(metrics.outcomes(SEVEN, new Window(day(100), day(101)), OwnerFilter.any()))
                .isEqualTo(new OutcomeReport(0, 0, 0, java.util.List.of(), java.util.List.of(), null));
    }
}
