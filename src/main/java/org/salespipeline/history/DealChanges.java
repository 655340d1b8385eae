package org.salespipeline.history;

import java.util.List;
import java.util.Objects;

/**
 * One deal's facts with its full list of status changes, the first being the status it was created in, and the
 * changes of its amount and expected close date.
 */
public record DealChanges(DealFacts facts, List<LoggedChange> changes, List<LoggedFieldChange> fieldChanges) {

    public DealChanges {
        Objects.requireNonNull(facts, "facts");
        changes = List.copyOf(changes);
        fieldChanges = List.copyOf(fieldChanges);
    }

    /** A deal whose amount and close date have no recorded changes. */
    public DealChanges(DealFacts facts, List<LoggedChange> changes) {
        this(facts, changes, List.of());
    }
}
