package org.salespipeline.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Today's facts about a deal, as the issue holds them: identity, summary, creation, amount, owner and
 * expected close date (the last three may be null).
 */
public record DealFacts(long issueId, String issueKey, String summary, Instant created, Double amount, String owner,
        LocalDate expectedCloseDate) {

    public DealFacts {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(created, "created");
    }

    /** The issue number of the key, for ordering ACME-9 before ACME-10. */
    public long issueNumber() {
        return Long.parseLong(issueKey.substring(issueKey.lastIndexOf('-') + 1));
    }
}
