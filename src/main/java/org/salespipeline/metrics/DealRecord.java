package org.salespipeline.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salespipeline.history.StatusChange;

/**
 * One deal as the metrics see it: today's amount, owner and expected close date, and its full status history.
 *
 * @param amount null when the deal has no amount
 * @param owner the current assignee's username, null when unassigned
 * @param expectedCloseDate null when not set
 */
public record DealRecord(String issueKey, String summary, Instant created, Double amount, String owner,
        LocalDate expectedCloseDate, List<StatusChange> changes) {

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
