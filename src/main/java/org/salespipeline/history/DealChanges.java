package org.salespipeline.history;

import java.util.List;
import java.util.Objects;

/** One deal's facts with its full list of status changes, the first being the status it was created in. */
public record DealChanges(DealFacts facts, List<LoggedChange> changes) {

    public DealChanges {
        Objects.requireNonNull(facts, "facts");
        changes = List.copyOf(changes);
    }
}
