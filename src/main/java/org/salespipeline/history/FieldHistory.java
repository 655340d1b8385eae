package org.salespipeline.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field's recorded changes, oldest first, and the values it held at a deal's entries into an outcome. A change
 * at an entry's instant counts (Jira puts a field set on a transition's screen into the transition's own change
 * group); a field that never changed held the value it has now; before its first change it held that change's old
 * value. Where several entries share an instant, each takes one more of that instant's changes than the one before,
 * as each transition's group holds at most one change of the field.
 */
public final class FieldHistory {

    private final List<Change> changes;

    public FieldHistory(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** One change of the field: when, and its value before and after (null for empty). */
    public record Change(Instant at, String from, String to) {

        public Change {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The value the field held at each entry (given oldest first), given the value it holds now. */
    public List<String> valuesAt(List<Instant> entries, String current) {
        List<String> values = new ArrayList<>();
        Instant previous = null;
        int earlierAtSameInstant = 0;
        for (Instant entry : entries) {
            earlierAtSameInstant = entry.equals(previous) ? earlierAtSameInstant + 1 : 0;
            previous = entry;
            values.add(valueAt(entry, earlierAtSameInstant, current));
        }
        return values;
    }

    /**
     * The value the field held just before the instant: set by its last change strictly before it, else the value
     * the deal was created with (the first change's old value), else — never changed — the value it holds now.
     */
    public String valueBefore(Instant t, String current) {
        if (changes.isEmpty()) {
            return current;
        }
        String value = changes.get(0).from();
        for (Change change : changes) {
            if (!change.at().isBefore(t)) {
                break;
            }
            value = change.to();
        }
        return value;
    }

    private String valueAt(Instant entry, int earlierAtSameInstant, String current) {
        if (changes.isEmpty()) {
            return current;
        }
        String value = changes.get(0).from();
        int atEntry = 0;
        for (Change change : changes) {
            if (change.at().isAfter(entry) || (change.at().equals(entry) && atEntry++ > earlierAtSameInstant)) {
                break;
            }
            value = change.to();
        }
        return value;
    }
}
