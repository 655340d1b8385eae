package org.salespipeline.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.salespipeline.feed.IssueSnapshot;
import org.salespipeline.qualification.BantAssessment;

/**
 * A Jira issue as the workspace reads it: what the feed sees of it (identity, project, whether it is a Deal, its
 * status, amount, owner, expected close date and reasons), its owner's display name, and the BANT answers held in
 * its fields (without notes).
 */
public record DealIssue(IssueSnapshot issue, String ownerName, BantAssessment bant) {

    public DealIssue {
        Objects.requireNonNull(issue, "issue");
        bant = bant == null ? BantAssessment.unanswered() : bant;
    }

    public long issueId() {
        return issue.issueId();
    }

    public String key() {
        return issue.facts().issueKey();
    }

    public String summary() {
        return issue.facts().summary() == null ? "" : issue.facts().summary();
    }

    public String projectKey() {
        return issue.projectKey();
    }

    public boolean isDeal() {
        return issue.isDeal();
    }

    public String statusId() {
        return issue.statusId();
    }

    public Double amount() {
        return issue.facts().amount();
    }

    /** The owner's user key; null when the deal has none. */
    public String owner() {
        return issue.facts().owner();
    }

    public Instant created() {
        return issue.facts().created();
    }

    public LocalDate expectedClose() {
        return issue.facts().expectedCloseDate();
    }

    public String lostReason() {
        return issue.lostReason();
    }

    public String disqualificationReason() {
        return issue.disqualificationReason();
    }

    /** The same issue with other BANT answers. */
    public DealIssue withBant(BantAssessment answers) {
        return new DealIssue(issue, ownerName, answers);
    }
}
