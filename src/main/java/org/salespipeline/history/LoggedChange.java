package org.salespipeline.history;

import java.util.Objects;

/**
 * One status change as the stage log keeps it: the change, the key that identifies it in Jira (so that
 * recording it twice stores it once) and a sequence that orders changes made at the same instant.
 */
public record LoggedChange(String changeKey, long sequence, StatusChange change) {

    public LoggedChange {
        Objects.requireNonNull(changeKey, "changeKey");
        Objects.requireNonNull(change, "change");
    }

    /** A change identified by Jira's change-group id, which also orders it among equal instants. */
    public static LoggedChange ofChangeGroup(long changeGroupId, StatusChange change) {
        return new LoggedChange("cg:" + changeGroupId, changeGroupId, change);
    }

    /** A change without a change group (such as the creation status), identified by issue, instant and status. */
    public static LoggedChange ofInstant(long issueId, long sequence, StatusChange change) {
        return new LoggedChange("at:" + issueId + ":" + change.at().toEpochMilli() + ":" + change.statusId(),
                sequence, change);
    }
}
