package org.salespipeline.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One field's recorded changes, oldest first, and the value it held at an instant: a change made at that instant
 * counts (Jira puts a field set on a transition's screen into the transition's own change group), a field that never
 * changed still holds the value it has now, and before its first change it held that change's old value.
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

    /** The value the field held at the instant, given the value it holds now. */
    public String valueAt(Instant at, String current) {
        if (changes.isEmpty()) {
            return current;
        }
        String value = changes.get(0).from();
        for (Change change : changes) {
            if (change.at().isAfter(at)) {
                break;
            }
            value = change.to();
        }
        return value;
    }
}
