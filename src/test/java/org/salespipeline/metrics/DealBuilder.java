package org.salespipeline.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salespipeline.history.HistoryFixtures;
import org.salespipeline.history.StatusChange;

/** Builds a deal record for a specification: created on day 0, owned by ann, no amount, no close date, unless told. */
final class DealBuilder {

    private final String issueKey;
    private double createdDay;
    private Double amount;
    private String owner = "ann";
    private LocalDate closeDate;
    private final List<StatusChange> changes = new ArrayList<>();
    private final List<org.salespipeline.history.FieldChange> fieldChanges = new ArrayList<>();

    private DealBuilder(String issueKey) {
        this.issueKey = issueKey;
    }

    static DealBuilder deal(String issueKey) {
        return new DealBuilder(issueKey);
    }

    DealBuilder created(double day) {
        this.createdDay = day;
        return this;
    }

    DealBuilder amount(Double value) {
        this.amount = value;
        return this;
    }

    DealBuilder owner(String username) {
        this.owner = username;
        return this;
    }

    DealBuilder closes(String isoDate) {
        this.closeDate = LocalDate.parse(isoDate);
        return this;
    }

    DealBuilder move(double day, String status) {
        changes.add(HistoryFixtures.move(day, status));
        return this;
    }

    DealBuilder move(double day, String status, String reason) {
        changes.add(HistoryFixtures.move(day, status, reason));
        return this;
    }

    /** The amount changed on the day from one value to another; the deal's amount today is the last change's. */
    DealBuilder amountChange(double day, Double from, Double to) {
        fieldChanges.add(org.salespipeline.history.FieldChange.amount(HistoryFixtures.day(day), from, to));
        this.amount = to;
        return this;
    }

    /** The close date changed on the day; the deal's close date today is the last change's. */
    DealBuilder closeDateChange(double day, String from, String to) {
        fieldChanges.add(org.salespipeline.history.FieldChange.closeDate(HistoryFixtures.day(day),
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
        this.closeDate = to == null ? null : LocalDate.parse(to);
        return this;
    }

    DealRecord build() {
        return new DealRecord(issueKey, "Deal " + issueKey, HistoryFixtures.day(createdDay), amount, owner, closeDate, changes,
                fieldChanges);
    }

    /** The reference metrics over the given deals, for the seven-stage pipeline's default mapping. */
    static ReferenceMetrics metrics(DealBuilder... deals) {
        List<DealRecord> records = new ArrayList<>();
        for (DealBuilder deal : deals) {
            records.add(deal.build());
        }
        return ReferenceMetrics.of(HistoryFixtures.MAPPING, records);
    }
}
