package org.salespipeline.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The values a field held at a deal's outcome entries, from the field's own change history. */
class FieldHistoryTest {

    private static final Instant ENTRY = Instant.parse("2026-02-10T10:00:00Z");

    @Test
    @DisplayName("a change in the entry's own change group (the same instant) is the value at the entry")
    void sameChangeGroup() {
        FieldHistory history = new FieldHistory(List.of(new FieldHistory.Change(ENTRY, null, "option:1:Price")));

        assertThat(history.valuesAt(List.of(ENTRY), "option:1:Price")).containsExactly("option:1:Price");
    }

    @Test
    @DisplayName("the latest change before the entry counts, and a change after it does not")
    void earlierChangeGroup() {
        FieldHistory history = new FieldHistory(List.of(
                new FieldHistory.Change(ENTRY.minusSeconds(3_600), null, "option:1:Price"),
                new FieldHistory.Change(ENTRY.minusSeconds(60), "option:1:Price", "option:2:Timing"),
                new FieldHistory.Change(ENTRY.plusSeconds(60), "option:2:Timing", "option:3:Product fit")));

        assertThat(history.valuesAt(List.of(ENTRY), "option:3:Product fit")).containsExactly("option:2:Timing");
    }

    @Test
    @DisplayName("a field that never changed holds at any instant the value it holds now")
    void noChangeMeansTheCurrentValue() {
        assertThat(new FieldHistory(List.of()).valuesAt(List.of(ENTRY), "option:1:Price")).containsExactly("option:1:Price");
        assertThat(new FieldHistory(List.of()).valuesAt(List.of(ENTRY), null)).containsExactly((String) null);
    }

    @Test
    @DisplayName("before its first change a field held what that change changed it from")
    void beforeTheFirstChange() {
        FieldHistory history = new FieldHistory(List.of(new FieldHistory.Change(ENTRY.plusSeconds(1), "Budget cut", null)));

        assertThat(history.valuesAt(List.of(ENTRY), null)).containsExactly("Budget cut");
    }

    @Test
    @DisplayName("two entries read two values: lost for Price, then, after a reopening, for Timing")
    void twoEntriesTwoValues() {
        Instant second = ENTRY.plusSeconds(86_400 * 10);
        FieldHistory history = new FieldHistory(List.of(new FieldHistory.Change(ENTRY, null, "option:1:Price"),
                new FieldHistory.Change(second, "option:1:Price", "option:2:Timing")));

        assertThat(history.valuesAt(List.of(ENTRY, second), "option:2:Timing")).containsExactly("option:1:Price", "option:2:Timing");
    }

    @Test
    @DisplayName("a field cleared before the entry held no value then")
    void clearedBeforeTheEntry() {
        FieldHistory history = new FieldHistory(List.of(new FieldHistory.Change(ENTRY.minusSeconds(5), "option:1:Price", null)));

        assertThat(history.valuesAt(List.of(ENTRY), null)).containsExactly((String) null);
    }

    @Test
    @DisplayName("entries at one instant take that instant's changes one transition at a time (each group holds one)")
    void entriesAtTheSameInstant() {
        FieldHistory history = new FieldHistory(List.of(new FieldHistory.Change(ENTRY, null, "option:1:Price"),
                new FieldHistory.Change(ENTRY, "option:1:Price", "option:2:Timing")));

        assertThat(history.valuesAt(List.of(ENTRY, ENTRY), "option:2:Timing")).containsExactly("option:1:Price", "option:2:Timing");
    }
}
