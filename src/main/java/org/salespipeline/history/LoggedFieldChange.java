package org.salespipeline.history;

import java.util.Objects;

/**
 * One change of a deal's amount or expected close date as the stage log keeps it: the change, the key that identifies
 * it in Jira (so that recording it twice stores it once) and a sequence that orders the field's changes made at the
 * same instant.
 */
public record LoggedFieldChange(String changeKey, long sequence, FieldChange change) {

    public LoggedFieldChange {
        Objects.requireNonNull(changeKey, "changeKey");
        Objects.requireNonNull(change, "change");
    }

    /**
     * A change identified by issue, field, instant and its place among the field's changes in Jira's change history,
     * the same whether the feed or a rebuild reads it.
     */
    public static LoggedFieldChange of(long issueId, int place, FieldChange change) {
        return new LoggedFieldChange("f:" + issueId + ":" + change.field().argument() + ":" + change.at().toEpochMilli()
                + ":" + place, place, change);
    }
}
