package org.salespipeline.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

class DealHistoryPropertyTest {

    @Provide
    Arbitrary<List<StatusChange>> changes() {
        return StatusChanges.sequences();
    }

    @Property(tries = 300)
    void staysOfADealNeverOverlapAndAreOrdered(@ForAll("changes") List<StatusChange> changes) {
        List<Stay> stays = DealHistory.derive(changes, HistoryFixtures.SEVEN, HistoryFixtures.MAPPING).stays();

        for (int i = 0; i < stays.size(); i++) {
            Stay stay = stays.get(i);
            if (i < stays.size() - 1) {
                assertThat(stay.ended()).isNotNull();
                assertThat(stay.ended()).isBeforeOrEqualTo(stays.get(i + 1).entered());
            }
            stay.endedAt().ifPresent(end -> assertThat(end).isAfterOrEqualTo(stay.entered()));
        }
    }

    @Property(tries = 300)
    void positionIsWithinZeroAndNPlusOne(@ForAll("changes") List<StatusChange> changes) {
        int position = DealHistory.derive(changes, HistoryFixtures.SEVEN, HistoryFixtures.MAPPING).position();

        assertThat(position).isBetween(0, HistoryFixtures.SEVEN.wonPosition());
    }
}
