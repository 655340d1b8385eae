package org.salespipeline.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The value a field held at an outcome's entry, from the field's own change history. */
class FieldHistoryTest {

    private static final Instant ENTRY = Instant.parse("2026-02-10T10:00:00Z");

    @Test
    @DisplayName("a change in the entry's own change group (the same instant) is the value at the entry")
    void sameChangeGroup() {
        FieldHistory history = new FieldHistory(List.of(new FieldHistory.Change(ENTRY, null, "option:1:Price")));

        assertThat(history.valueAt(ENTRY, "option:1:Price")).isEqualTo("option:1:Price");
    }

    @Test
    @DisplayName("the latest change before the entry counts, and a change after it does not")
    void earlierChangeGroup() {
        FieldHistory history = new FieldHistory(List.of(
                new FieldHistory.Change(ENTRY.minusSeconds(3_600), null, "option:1:Price"),
                new FieldHistory.Change(ENTRY.minusSeconds(60), "option:1:Price", "option:2:Timing"),
                new FieldHistory.Change(ENTRY.plusSeconds(60), "option:2:Timing", "option:3:Product fit")));

        assertThat(history.valueAt(ENTRY, "option:3:Product fit")).isEqualTo("option:2:Timing");
    }

    @Test
    @DisplayName("a field that never changed holds at any instant the value it holds now")
    void noChangeMeansTheCurrentValue() {
        assertThat(new FieldHistory(List.of()).valueAt(ENTRY, "option:1:Price")).isEqualTo("option:1:Price");
        assertThat(new FieldHistory(List.of()).valueAt(ENTRY, null)).isNull();
    }

    @Test
    @DisplayName("before its first change a field held what that change changed it from")
    void beforeTheFirstChange() {
        FieldHistory history = new FieldHistory(List.of(new FieldHistory.Change(ENTRY.plusSeconds(1), "Budget cut", null)));

        assertThat(history.valueAt(ENTRY, null)).isEqualTo("Budget cut");
    }

    @Test
    @DisplayName("two entries read two values: lost for Price, then, after a reopening, for Timing")
    void twoEntriesTwoValues() {
        Instant second = ENTRY.plusSeconds(86_400 * 10);
        FieldHistory history = new FieldHistory(List.of(new FieldHistory.Change(ENTRY, null, "option:1:Price"),
                new FieldHistory.Change(second, "option:1:Price", "option:2:Timing")));

        assertThat(List.of(history.valueAt(ENTRY, "option:2:Timing"), history.valueAt(second, "option:2:Timing")))
                .containsExactly("option:1:Price", "option:2:Timing");
    }

    @Test
    @DisplayName("a field cleared before the entry held no value then")
    void clearedBeforeTheEntry() {
        FieldHistory history = new FieldHistory(List.of(new FieldHistory.Change(ENTRY.minusSeconds(5), "option:1:Price", null)));

        assertThat(history.valueAt(ENTRY, null)).isNull();
    }
}
