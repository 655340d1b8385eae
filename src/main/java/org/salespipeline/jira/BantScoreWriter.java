package org.salespipeline.jira;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.util.Objects;
import org.salespipeline.provisioning.DealFieldSpecs;

/**
 * Keeps a deal's stored "BANT score" field equal to the score of its BANT answers, so that JQL such as
 * {@code "BANT score" >= 3} works; the update fires no event and sends no mail.
 */
public class BantScoreWriter {

    public static final String SCORE = DealFieldSpecs.BANT_SCORE;

    private final DealFields fields;
    private final JiraDeals deals;
    private final IssueManager issueManager;
    private final JiraAuthenticationContext authenticationContext;

    public BantScoreWriter(CustomFieldManager customFieldManager, JiraDeals deals, IssueManager issueManager,
            JiraAuthenticationContext authenticationContext) {
        this.fields = new DealFields(customFieldManager);
        this.deals = deals;
        this.issueManager = issueManager;
        this.authenticationContext = authenticationContext;
    }

    /** Writes the score when the field exists and holds another value; returns whether it wrote. */
    public boolean update(Issue issue) {
        CustomField scoreField = fields.field(SCORE).orElse(null);
        double score = deals.bant(issue).score();
        if (scoreField == null || Objects.equals(fields.number(issue, SCORE), score)) {
            return false;
        }
        MutableIssue mutable = issueManager.getIssueObject(issue.getId());
        mutable.setCustomFieldValue(scoreField, score);
        issueManager.updateIssue(authenticationContext.getLoggedInUser(), mutable, UpdateIssueRequest.builder()
                .eventDispatchOption(EventDispatchOption.DO_NOT_DISPATCH).sendMail(false).build());
        return true;
    }
}
