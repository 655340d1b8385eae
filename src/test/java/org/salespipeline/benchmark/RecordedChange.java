package org.salespipeline.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.LoggedFieldChange;

/** One change of a recorded deal as Jira's listener hands it over: a status change or a field change. */
record RecordedChange(Instant at, LoggedChange status, LoggedFieldChange field) {

    /** The deal's status and field changes in the order they happened (a status change first at equal instants). */
    static List<RecordedChange> inOrder(DealSpec deal) {
        List<RecordedChange> changes = new ArrayList<>();
        for (int i = 0; i < deal.history().size(); i++) {
            LoggedChange change = LoggedChange.ofInstant(deal.issueId(), i, deal.history().get(i));
            changes.add(new RecordedChange(change.change().at(), change, null));
        }
        for (LoggedFieldChange change : deal.loggedFieldChanges()) {
            changes.add(new RecordedChange(change.change().at(), null, change));
        }
        changes.sort(Comparator.comparing(RecordedChange::at).thenComparing(change -> change.status() == null));
        return changes;
    }
}
