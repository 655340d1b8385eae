package org.salespipeline.history;

import java.time.Instant;
import java.util.Objects;

/** One change of a deal field (amount or expected close date) at an instant: its value before and after, as kept. */
public record FieldChange(Instant at, DealField field, String from, String to) {

    public FieldChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
    }

    public static FieldChange amount(Instant at, Double from, Double to) {
        return new FieldChange(at, DealField.AMOUNT, DealField.amount(from), DealField.amount(to));
    }

    public static FieldChange closeDate(Instant at, java.time.LocalDate from, java.time.LocalDate to) {
        return new FieldChange(at, DealField.CLOSE_DATE, DealField.closeDate(from), DealField.closeDate(to));
    }

    /** Whether this change moved the expected close date from a date to a later one (setting a first date is none). */
    public boolean isPush() {
        return field == DealField.CLOSE_DATE && from != null && to != null
                && DealField.closeDate(to).isAfter(DealField.closeDate(from));
    }

    /** Whether the change lies in [from, to); a null bound leaves that side open. */
    public boolean inPeriod(Instant from, Instant to) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    /**
     * A deal's push count: how many of its changes moved the expected close date to a later date within [from, to);
     * all time for null bounds (see README, "Push count").
     */
    public static int pushCount(java.util.List<FieldChange> changes, Instant from, Instant to) {
        return (int) changes.stream().filter(change -> change.isPush() && change.inPeriod(from, to)).count();
    }

    /** The changes of one field, oldest first (stable for equal instants), as a field history. */
    public static FieldHistory history(java.util.List<FieldChange> changes, DealField field) {
        return new FieldHistory(changes.stream().filter(change -> change.field() == field)
                .sorted(java.util.Comparator.comparing(FieldChange::at))
                .map(change -> new FieldHistory.Change(change.at(), change.from(), change.to())).toList());
    }
}
