package org.salespipeline.demo.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.salespipeline.history.DealChanges;
import org.salespipeline.history.DealFacts;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.LoggedFieldChange;
import org.salespipeline.history.StatusChange;
import org.salespipeline.metrics.DealRecord;

/**
 * One deal of a history file: its facts as the issue holds them today, its status history, the first change
 * being the status it was created in, and the changes of its amount and expected close date (the last of each
 * setting today's value).
 *
 * @param amount null when the deal has no amount
 * @param owner null when the deal is unassigned
 * @param closeDate the expected close date, null when not set
 */
public record DealSpec(long issueId, String key, String summary, Instant created, Double amount, String owner,
        LocalDate closeDate, List<StatusChange> history, List<FieldChange> fieldChanges) {

    public DealSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(created, "created");
        history = List.copyOf(history);
        fieldChanges = List.copyOf(fieldChanges);
    }

    /** A deal whose amount and expected close date never changed. */
    public DealSpec(long issueId, String key, String summary, Instant created, Double amount, String owner,
            LocalDate closeDate, List<StatusChange> history) {
        this(issueId, key, summary, created, amount, owner, closeDate, history, List.of());
    }

    public String projectKey() {
        return key.substring(0, key.lastIndexOf('-'));
    }

    public DealFacts toFacts() {
        return new DealFacts(issueId, key, summary, created, amount, owner, closeDate);
    }

    public DealRecord toRecord() {
        return new DealRecord(key, summary, created, amount, owner, closeDate, history, fieldChanges);
    }

    /** The facts with every change identified by issue, instant and status, ordered by its place in the history. */
    public DealChanges toChanges() {
        List<LoggedChange> changes = new ArrayList<>(history.size());
        for (int index = 0; index < history.size(); index++) {
            changes.add(LoggedChange.ofInstant(issueId, index, history.get(index)));
        }
        return new DealChanges(toFacts(), changes, loggedFieldChanges());
    }

    /**
     * The field changes identified as Jira's change history identifies them: by their place among the same field's
     * changes in time order, so that the feed reading the demo's Jira and a rebuild from the file log each once.
     */
    public List<LoggedFieldChange> loggedFieldChanges() {
        List<LoggedFieldChange> fields = new ArrayList<>(fieldChanges.size());
        for (org.salespipeline.history.DealField field : org.salespipeline.history.DealField.values()) {
            List<FieldChange> ofField = fieldChanges.stream().filter(change -> change.field() == field)
                    .sorted(java.util.Comparator.comparing(FieldChange::at)).toList();
            for (int place = 0; place < ofField.size(); place++) {
                fields.add(LoggedFieldChange.of(issueId, place, ofField.get(place)));
            }
        }
        return fields;
    }
}
