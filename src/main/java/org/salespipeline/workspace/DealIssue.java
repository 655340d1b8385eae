package org.salespipeline.workspace;

import java.util.Objects;
import org.salespipeline.qualification.BantAssessment;

/**
 * A Jira issue as the workspace reads it: its identity, the project it belongs to, whether it is a Deal, its
 * current status, its amount and owner, and the BANT answers held in its fields (without notes).
 */
public record DealIssue(long issueId, String key, String summary, String projectKey, boolean isDeal, String statusId,
        Double amount, String owner, BantAssessment bant) {

    public DealIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(projectKey, "projectKey");
        summary = summary == null ? "" : summary;
        bant = bant == null ? BantAssessment.unanswered() : bant;
    }
}
