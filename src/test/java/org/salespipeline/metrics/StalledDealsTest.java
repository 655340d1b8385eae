package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.metrics.DealBuilder.deal;
import static org.salespipeline.metrics.DealBuilder.metrics;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stalled deals")
class StalledDealsTest {

    private final ReferenceMetrics metrics = metrics(
            deal("ACME-10").move(16, "Prospecting"),
            deal("ACME-9").move(0, "Negotiation"),
            deal("ACME-1").amount(500.0).move(0, "Prospecting"),
            deal("ABC-11").owner("bob").move(0, "Negotiation"),
            deal("ACME-2").move(9, "Proposal"),
            deal("ACME-3").move(19, "Proposal"),
            deal("ACME-5").move(0, "Prospecting").move(1, "Closed Lost"),
            deal("ACME-6").move(0, "Prospecting").move(30, "Qualification"));

    private static List<String> keys(List<StalledDeal> deals) {
        return deals.stream().map(StalledDeal::issueKey).toList();
    }

    @Test
    @DisplayName("lists open deals past their stage's rot days, most overdue first, then by project key and issue number")
    void ordering() {
        List<StalledDeal> stalled = metrics.stalled(SEVEN, day(40), OwnerFilter.any(), DealVisibility.everything(), 20);

        assertThat(keys(stalled)).containsExactly("ACME-1", "ABC-11", "ACME-2", "ACME-9", "ACME-10");
        assertThat(stalled.get(0)).isEqualTo(new StalledDeal("ACME-1", "Deal ACME-1", "PROSPECTING", 40, 14, 26, 500.0, "ann", 0));
    }

    @Test
    @DisplayName("each stalled deal carries its push count of all time: close dates moved later, not a first date or one pulled in")
    void pushCount() {
        ReferenceMetrics pushed = metrics(deal("ACME-1").move(0, "Prospecting").closeDateChange(0, null, "2026-03-01")
                .closeDateChange(2, "2026-03-01", "2026-04-01").closeDateChange(3, "2026-04-01", "2026-03-15")
                .closeDateChange(45, "2026-03-15", "2026-05-01"));

        assertThat(pushed.stalled(SEVEN, day(40), OwnerFilter.any(), DealVisibility.everything(), 20))
                .extracting(StalledDeal::pushCount).as("the push after the instant asked about counts too: all time")
                .containsExactly(2);
    }

    @Test
    @DisplayName("a deal exactly at its rot days is not stalled, and days count from entering the current stage")
    void threshold() {
        List<StalledDeal> stalled = metrics.stalled(SEVEN, day(40), OwnerFilter.any(), DealVisibility.everything(), 20);

        assertThat(keys(stalled)).doesNotContain("ACME-3", "ACME-6", "ACME-5");
    }

    @Test
    @DisplayName("invisible deals are skipped before the limit is applied")
    void visibilityThenLimit() {
        DealVisibility hidesAcme2 = key -> !key.equals("ACME-2");

        List<StalledDeal> stalled = metrics.stalled(SEVEN, day(40), OwnerFilter.any(), hidesAcme2, 3);

        assertThat(keys(stalled)).containsExactly("ACME-1", "ABC-11", "ACME-9");
    }

    @Test
    @DisplayName("the owner filter and a limit of 0 both narrow the list")
    void ownerAndZeroLimit() {
        assertThat(keys(metrics.stalled(SEVEN, day(40), OwnerFilter.of("bob"), DealVisibility.everything(), 20)))
                .containsExactly("ABC-11");
        assertThat(metrics.stalled(SEVEN, day(40), OwnerFilter.any(), DealVisibility.everything(), 0)).isEmpty();
        assertThatThrownBy(() -> metrics.stalled(SEVEN, day(40), OwnerFilter.any(), DealVisibility.everything(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
