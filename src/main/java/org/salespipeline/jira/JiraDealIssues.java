package org.salespipeline.jira;

import org.salespipeline.text.Message;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salespipeline.feed.IssueSnapshot;
import org.salespipeline.provisioning.DealFieldSpecs;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantCriterion;
import org.salespipeline.workspace.DealIssue;
import org.salespipeline.workspace.DealIssues;

/**
 * Deals as Jira issues for the workspace: read through {@link JiraDeals}; BANT answers written into the Budget,
 * Authority, Need and Timeline select lists as an ordinary edit by the current user, then the stored BANT score.
 */
public class JiraDealIssues implements DealIssues {

    private final IssueManager issueManager;
    private final DealFields fields;
    private final OptionsManager optionsManager;
    private final JiraAuthenticationContext authenticationContext;
    private final JiraDeals deals;
    private final BantScoreWriter scoreWriter;
    private final JiraReasonNames reasonNames;

    public JiraDealIssues(IssueManager issueManager, CustomFieldManager customFieldManager, OptionsManager optionsManager,
            JiraAuthenticationContext authenticationContext, JiraDeals deals, BantScoreWriter scoreWriter) {
        this.issueManager = issueManager;
        this.fields = new DealFields(customFieldManager);
        this.optionsManager = optionsManager;
        this.authenticationContext = authenticationContext;
        this.deals = deals;
        this.scoreWriter = scoreWriter;
        this.reasonNames = new JiraReasonNames(optionsManager);
    }

    @Override
    public String reasonName(String recordedReason) {
        return reasonNames.nameOf(recordedReason);
    }

    @Override
    public Optional<DealIssue> find(String issueKey) {
        MutableIssue issue = issueManager.getIssueObject(issueKey);
        if (issue == null) {
            return Optional.empty();
        }
        IssueSnapshot snapshot = deals.snapshot(issue);
        return Optional.of(new DealIssue(snapshot, issue.getAssignee() == null ? null : issue.getAssignee().getDisplayName(),
                deals.bant(issue)));
    }

    @Override
    public List<Message> writeBant(String issueKey, Map<BantCriterion, BantAnswer> answers) {
        MutableIssue issue = issueManager.getIssueObject(issueKey);
        if (issue == null) {
            return List.of(Message.of("sales-pipeline.error.issue-gone", issueKey));
        }
        List<Message> missing = new ArrayList<>();
        Map<CustomField, Option> values = new LinkedHashMap<>();
        answers.forEach((criterion, answer) -> {
            CustomField field = fields.field(criterion.label()).orElse(null);
            Option option = field == null ? null : option(field, issue, answer);
            if (field == null) {
                missing.add(Message.of("sales-pipeline.error.bant-field", criterion.label()));
            } else if (option == null) {
                missing.add(Message.of("sales-pipeline.error.bant-option", criterion.label(), DealFieldSpecs.bantOption(answer)));
            } else {
                values.put(field, option);
            }
        });
        if (!missing.isEmpty()) {
            return missing;
        }
        values.forEach(issue::setCustomFieldValue);
        issueManager.updateIssue(authenticationContext.getLoggedInUser(), issue, UpdateIssueRequest.builder().build());
        scoreWriter.update(issue);
        return List.of();
    }

    private Option option(CustomField field, MutableIssue issue, BantAnswer answer) {
        Options options = optionsManager.getOptions(field.getRelevantConfig(issue));
        if (options == null) {
            return null;
        }
        Option exact = options.getOptionForValue(DealFieldSpecs.bantOption(answer), null);
        return exact != null ? exact : options.getOptionForValue(answer.name(), null);
    }
}
