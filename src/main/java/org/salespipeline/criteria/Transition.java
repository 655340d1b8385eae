package org.salespipeline.criteria;

import java.util.List;
import java.util.Objects;

/**
 * One workflow transition open to a deal now, as the workflow declares it: its action id and name, the status it
 * leads to, and the exit checks its validators enforce (none when the transition has no validator of the app).
 */
public record Transition(int actionId, String name, String toStatusId, String toStatusName, List<ExitCheck> checks) {

    public Transition {
        Objects.requireNonNull(toStatusId, "toStatusId");
        checks = List.copyOf(checks);
    }
}
