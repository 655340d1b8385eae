package org.salespipeline.jira;

import com.atlassian.jira.issue.Issue;
import java.util.Locale;
import org.salespipeline.feed.IssueSnapshot;
import org.salespipeline.history.DealFacts;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantAssessment;
import org.salespipeline.qualification.BantCriterion;

/**
 * Reads a Jira issue as a deal: its facts (the owner by user key, which survives renames), whether it is a Deal, its
 * status, reasons and BANT answers.
 */
public class JiraDeals {

    /** The issue type the app treats as a deal. */
    public static final String DEAL_TYPE = "Deal";

    private final DealFields fields;

    public JiraDeals(DealFields fields) {
        this.fields = fields;
    }

    public IssueSnapshot snapshot(Issue issue) {
        DealFacts facts = new DealFacts(issue.getId(), issue.getKey(), issue.getSummary(), issue.getCreated().toInstant(),
                fields.number(issue, DealFields.AMOUNT), issue.getAssignee() == null ? null : issue.getAssignee().getKey(),
                fields.date(issue, DealFields.CLOSE_DATE));
        return new IssueSnapshot(facts, issue.getProjectObject().getKey(),
                issue.getIssueType() != null && DEAL_TYPE.equals(issue.getIssueType().getName()),
                issue.getStatus() == null ? null : issue.getStatus().getId(),
                // A reason is one of the reason field's options; text typed into a field of that name is no reason.
                fields.reason(issue, DealFields.LOST_REASON), fields.reason(issue, DealFields.DISQUALIFICATION_REASON));
    }

    /** The BANT answers held in the Budget, Authority, Need and Timeline select lists (empty or unknown text counts as unknown). */
    public BantAssessment bant(Issue issue) {
        BantAssessment assessment = BantAssessment.unanswered();
        for (BantCriterion criterion : BantCriterion.values()) {
            String answer = fields.text(issue, criterion.label());
            for (BantAnswer known : BantAnswer.values()) {
                if (known.name().equals(answer == null ? null : answer.toUpperCase(Locale.ROOT))) {
                    assessment = assessment.with(criterion, known);
                }
            }
        }
        return assessment;
    }
}
