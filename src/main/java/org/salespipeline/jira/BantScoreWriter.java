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
import java.util.Optional;
import org.salespipeline.provisioning.DealFieldSpecs;
import org.salespipeline.text.EnglishTexts;
import org.salespipeline.text.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a deal's stored "BANT score" field equal to the score of its BANT answers, so that JQL such as
 * {@code "BANT score" >= 3} works; the update fires no event and sends no mail. Where Jira refuses the write
 * (or lacks what it needs), the stored score is reported unavailable in the log, once per reason, and
 * everything else goes on: the BANT answers themselves are saved before it runs.
 */
public class BantScoreWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BantScoreWriter.class);

    public static final String SCORE = DealFieldSpecs.BANT_SCORE;

    private final DealFields fields;
    private final JiraDeals deals;
    private final IssueManager issueManager;
    private final JiraAuthenticationContext authenticationContext;
    private volatile Message unavailable;

    public BantScoreWriter(CustomFieldManager customFieldManager, JiraDeals deals, IssueManager issueManager,
            JiraAuthenticationContext authenticationContext) {
        this.fields = new DealFields(customFieldManager);
        this.deals = deals;
        this.issueManager = issueManager;
        this.authenticationContext = authenticationContext;
    }

    /** Writes the score when the field exists and holds another value; returns whether it wrote. Never throws. */
    public boolean update(Issue issue) {
        try {
            boolean wrote = write(issue);
            unavailable = null;
            return wrote;
        } catch (RuntimeException | LinkageError failure) {
            Message why = HostService.describe(failure);
            if (!why.equals(unavailable)) {
                LOG.warn("Sales Pipeline cannot store the BANT score of {} in this Jira (the stored score is unavailable "
                        + "until this changes): {}", issue == null ? null : issue.getKey(), EnglishTexts.INSTANCE.text(why),
                        failure);
            }
            unavailable = why;
            return false;
        }
    }

    /** Why the last write failed, or empty when it did not. */
    public Optional<Message> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    private boolean write(Issue issue) {
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
