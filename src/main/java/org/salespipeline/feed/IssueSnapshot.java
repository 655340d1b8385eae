package org.salespipeline.feed;

import java.util.Objects;
import org.salespipeline.history.DealFacts;

/** An issue as the feed sees it after a change: its facts, its project, and whether it is of the Deal type. */
public record IssueSnapshot(DealFacts facts, String projectKey, boolean isDeal) {

    public IssueSnapshot {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(projectKey, "projectKey");
    }

    public long issueId() {
        return facts.issueId();
    }
}
