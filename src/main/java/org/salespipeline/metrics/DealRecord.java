package org.salespipeline.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salespipeline.history.DealField;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.FieldHistory;
import org.salespipeline.history.StatusChange;

/**
 * One deal as the metrics see it: today's amount, owner and expected close date, its full status history, and the
 * history of its amount and expected close date.
 *
 * @param amount null when the deal has no amount
 * @param owner the current assignee's user key (as the store keeps it), null when unassigned
 * @param expectedCloseDate null when not set
 * @param fieldChanges the changes of its amount and expected close date, in any order
 */
public record DealRecord(String issueKey, String summary, Instant created, Double amount, String owner,
        LocalDate expectedCloseDate, List<StatusChange> changes, List<FieldChange> fieldChanges) {

    private static final Pattern ISSUE_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,17})");

    /** Orders deals by project key, then by issue number as a number (ACME-9 before ACME-10). */
    public static final Comparator<DealRecord> BY_ISSUE_KEY =
            Comparator.comparing(DealRecord::projectKey).thenComparingLong(DealRecord::issueNumber);

    public DealRecord {
        Objects.requireNonNull(issueKey, "issueKey");
        if (!ISSUE_KEY.matcher(issueKey).matches()) {
            throw new IllegalArgumentException("Not an issue key: " + issueKey);
        }
        Objects.requireNonNull(created, "created");
        changes = List.copyOf(changes);
        fieldChanges = List.copyOf(fieldChanges);
    }

    /** A deal whose amount and expected close date never changed. */
    public DealRecord(String issueKey, String summary, Instant created, Double amount, String owner,
            LocalDate expectedCloseDate, List<StatusChange> changes) {
        this(issueKey, summary, created, amount, owner, expectedCloseDate, changes, List.of());
    }

    /** The amount just before the instant (see {@link FieldHistory#valueBefore}); null when it had none. */
    public Double amountBefore(Instant t) {
        return DealField.amount(FieldChange.history(fieldChanges, DealField.AMOUNT).valueBefore(t, DealField.amount(amount)));
    }

    /** The expected close date just before the instant; null when it had none. */
    public LocalDate closeDateBefore(Instant t) {
        return DealField.closeDate(FieldChange.history(fieldChanges, DealField.CLOSE_DATE)
                .valueBefore(t, DealField.closeDate(expectedCloseDate)));
    }

    /** How many times its expected close date was moved to a later date in [from, to); all time for null bounds. */
    public int pushCount(Instant from, Instant to) {
        return FieldChange.pushCount(fieldChanges, from, to);
    }

    public String projectKey() {
        return keyParts().group(1);
    }

    public long issueNumber() {
        return Long.parseLong(keyParts().group(2));
    }

    private Matcher keyParts() {
        Matcher matcher = ISSUE_KEY.matcher(issueKey);
        matcher.matches();
        return matcher;
    }
}
