package org.salespipeline.checklist;

import java.time.Instant;
import java.util.Objects;

/** The last tick or untick of a checklist item: its state, who set it and when. */
public record ItemMark(boolean ticked, String userKey, Instant at) {

    public ItemMark {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(at, "at");
    }
}
