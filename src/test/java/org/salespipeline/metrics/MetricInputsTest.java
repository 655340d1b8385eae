package org.salespipeline.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salespipeline.history.HistoryFixtures.day;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.HistoryFixtures;

@DisplayName("Metric inputs: windows, owner filter, deal records and sources")
class MetricInputsTest {

    @Test
    @DisplayName("a window includes its start and excludes its end")
    void halfOpen() {
        Window window = new Window(day(1), day(2));

        assertThat(window.contains(day(1))).isTrue();
        assertThat(window.contains(day(1.999))).isTrue();
        assertThat(window.contains(day(2))).isFalse();
        assertThat(window.contains(day(0.999))).isFalse();
    }

    @Test
    @DisplayName("a window must start before it ends")
    void emptyWindow() {
        assertThatThrownBy(() -> new Window(day(2), day(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Window(day(3), day(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the owner filter matches one current owner, or every deal including unassigned ones")
    void ownerFilter() {
        assertThat(OwnerFilter.of("ann").matches("ann")).isTrue();
        assertThat(OwnerFilter.of("ann").matches("bob")).isFalse();
        assertThat(OwnerFilter.of("ann").matches(null)).isFalse();
        assertThat(OwnerFilter.any().matches(null)).isTrue();
        assertThat(OwnerFilter.any().owner()).isEmpty();
    }

    @Test
    @DisplayName("an issue key splits into project key and number, and orders numerically")
    void issueKeys() {
        DealRecord nine = DealBuilder.deal("ACME-9").build();
        DealRecord ten = DealBuilder.deal("ACME-10").build();

        assertThat(ten.projectKey()).isEqualTo("ACME");
        assertThat(ten.issueNumber()).isEqualTo(10L);
        assertThat(List.of(ten, nine).stream().sorted(DealRecord.BY_ISSUE_KEY).map(DealRecord::issueKey))
                .containsExactly("ACME-9", "ACME-10");
        assertThatThrownBy(() -> DealBuilder.deal("acme 9").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a streaming source is asked for a fresh stream on every call")
    void streamingSource() {
        DealRecord deal = DealBuilder.deal("ACME-1").move(0, "Prospecting").build();
        ReferenceMetrics metrics = ReferenceMetrics.streaming(HistoryFixtures.MAPPING, () -> Stream.of(deal));

        Window window = new Window(day(0), day(1));
        assertThat(metrics.funnel(HistoryFixtures.SEVEN, window, OwnerFilter.any()).cohort()).isEqualTo(1);
        assertThat(metrics.funnel(HistoryFixtures.SEVEN, window, OwnerFilter.any()).cohort()).isEqualTo(1);
    }
}
