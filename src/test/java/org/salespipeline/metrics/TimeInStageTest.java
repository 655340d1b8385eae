package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salespipeline.history.HistoryFixtures.SEVEN;
import static org.salespipeline.history.HistoryFixtures.day;
import static org.salespipeline.metrics.DealBuilder.deal;
import static org.salespipeline.metrics.DealBuilder.metrics;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Time in stage")
class TimeInStageTest {

    private final ReferenceMetrics metrics = metrics(
            deal("ACME-1").move(0, "Prospecting").move(2, "Qualification").move(3, "Prospecting")
                    .move(7, "Qualification").move(12, "Proposal"),
            deal("ACME-2").move(1, "Prospecting").move(4, "Closed Lost"),
            deal("ACME-3").move(5, "Prospecting").move(10, "Qualification"),
            deal("ACME-4").move(4, "Qualification").move(5, "Backlog").move(8, "Proposal"),
            deal("ACME-5").owner("bob").move(0, "Prospecting").move(9, "Qualification"));

    private TimeInStage firstTenDays(OwnerFilter owner) {
        return metrics.timeInStage(SEVEN, new Window(day(0), day(10)), owner);
    }

    @Test
    @DisplayName("counts every stay that ended in the window, a re-entered stage giving a new stay")
    void stays() {
        StageTime prospecting = firstTenDays(OwnerFilter.any()).stages().get(0);

        assertThat(prospecting).isEqualTo(new StageTime("PROSPECTING", 4, 4.5, 3.5));
    }

    @Test
    @DisplayName("stays ending at or after the window end are left out, unmapped statuses do not end a stay")
    void boundaries() {
        StageTime qualification = firstTenDays(OwnerFilter.any()).stages().get(1);

        assertThat(qualification).isEqualTo(new StageTime("QUALIFICATION", 2, 2.5, 2.5));
    }

    @Test
    @DisplayName("a stage without ended stays has count 0 and null mean and median")
    void noStays() {
        assertThat(firstTenDays(OwnerFilter.any()).stages().get(4)).isEqualTo(new StageTime("PROPOSAL", 0, null, null));
    }

    @Test
    @DisplayName("an odd number of stays has the middle one as median")
    void oddMedian() {
        StageTime prospecting = firstTenDays(OwnerFilter.of("ann")).stages().get(0);

        assertThat(prospecting).isEqualTo(new StageTime("PROSPECTING", 3, 3.0, 3.0));
    }

    @Test
    @DisplayName("the bottleneck is the stage with the largest median over rot days, above 1; ties go to the earlier stage")
    void bottleneck() {
        // Seven-stage rot days: Prospecting 14, Qualification 14, Initial Contact 14, Needs Assessment 21, Proposal 21.
        TimeInStage none = new TimeInStage(java.util.List.of(new StageTime("PROSPECTING", 4, 13.0, 14.0),
                new StageTime("PROPOSAL", 0, null, null)));
        TimeInStage tie = new TimeInStage(java.util.List.of(new StageTime("PROSPECTING", 2, 20.0, 21.0),
                new StageTime("QUALIFICATION", 2, 21.0, 21.0), new StageTime("NEEDS_ASSESSMENT", 2, 30.0, 31.5)));
        TimeInStage later = new TimeInStage(java.util.List.of(new StageTime("PROSPECTING", 2, 20.0, 21.0),
                new StageTime("PROPOSAL", 3, 40.0, 42.0)));

        assertThat(none.bottleneck(SEVEN)).as("a median equal to the rot days is no bottleneck").isEmpty();
        assertThat(tie.bottleneck(SEVEN)).as("1.5 × each: the earlier stage").contains("PROSPECTING");
        assertThat(later.bottleneck(SEVEN)).as("2 × beats 1.5 ×").contains("PROPOSAL");
        assertThat(TimeInStage.overRotDays(SEVEN, later.stages().get(1))).hasValue(2.0);
        assertThat(TimeInStage.overRotDays(SEVEN, none.stages().get(1))).isEmpty();
    }
}
