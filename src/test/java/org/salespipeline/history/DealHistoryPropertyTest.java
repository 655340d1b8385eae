package org.salespipeline.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.testing.PropertyCheck;

/** Invariants of the stage history that hold for any sequence of moves. */
class DealHistoryPropertyTest {

    @Test
    @DisplayName("the stays of a deal never overlap and come in time order")
    void staysOfADealNeverOverlapAndAreOrdered() {
        PropertyCheck.forAll(300, 11L, StatusChanges::sequence, changes -> {
            List<Stay> stays = DealHistory.derive(changes, HistoryFixtures.SEVEN, HistoryFixtures.MAPPING).stays();

            for (int i = 0; i < stays.size(); i++) {
                Stay stay = stays.get(i);
                if (i < stays.size() - 1) {
                    assertThat(stay.ended()).isNotNull();
                    assertThat(stay.ended()).isBeforeOrEqualTo(stays.get(i + 1).entered());
                }
                stay.endedAt().ifPresent(end -> assertThat(end).isAfterOrEqualTo(stay.entered()));
            }
        });
    }

    @Test
    @DisplayName("the position always lies between 0 and n + 1")
    void positionIsWithinZeroAndNPlusOne() {
        PropertyCheck.forAll(300, 12L, StatusChanges::sequence, changes -> {
            int position = DealHistory.derive(changes, HistoryFixtures.SEVEN, HistoryFixtures.MAPPING).position();

            assertThat(position).isBetween(0, HistoryFixtures.SEVEN.wonPosition());
        });
    }
}
