package org.salespipeline.feed;

import java.util.Objects;
import org.salespipeline.history.DealFacts;

/**
 * An issue as the feed sees it after a change: its facts, its project, whether it is of the Deal type,
 * its current status and the lost and disqualification reasons it holds, as the stage log records them (null when
 * empty).
 */
public record IssueSnapshot(DealFacts facts, String projectKey, boolean isDeal, String statusId, String lostReason,
        String disqualificationReason) {

    /** A snapshot without status or reasons, for events that carry none. */
    public IssueSnapshot(DealFacts facts, String projectKey, boolean isDeal) {
        this(facts, projectKey, isDeal, null, null, null);
    }

    public IssueSnapshot {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(projectKey, "projectKey");
    }

    public long issueId() {
        return facts.issueId();
    }
}
