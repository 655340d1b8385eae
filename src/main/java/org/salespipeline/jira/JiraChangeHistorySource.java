package org.salespipeline.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.project.Project;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.ofbiz.core.entity.GenericEntityException;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.feed.DealFeed;
import org.salespipeline.feed.IssueSnapshot;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.DealField;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.FieldHistory;
import org.salespipeline.history.FieldValues;
import org.salespipeline.history.LoggedFieldChange;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.Reasons;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.Outcome;

/**
 * Reads deals' status histories from Jira's change history: the creation status is the first status
 * change's "from" (or the current status when the status never changed), then every change's "to". An entry
 * into LOST or DISQUALIFIED carries the value its reason field held then, read from that field's own change
 * history (a field set on the transition's screen is in the transition's change group), or the field's value
 * now when it never changed; a select option is kept by id (see {@link Reasons}).
 */
public class JiraChangeHistorySource implements ChangeHistorySource, HostBacked {

    static final String STATUS_FIELD = "status";

    private final JiraLookups lookups;
    private final IssueManager issueManager;
    private final ChangeHistoryManager changeHistory;
    private final JiraDeals deals;
    private final PipelineDirectory pipelines;
    private final LongAdder unreadValues = new LongAdder();

    public JiraChangeHistorySource(JiraLookups lookups, IssueManager issueManager, ChangeHistoryManager changeHistory,
            JiraDeals deals, PipelineDirectory pipelines) {
        this.lookups = lookups;
        this.issueManager = issueManager;
        this.changeHistory = changeHistory;
        this.deals = deals;
        this.pipelines = pipelines;
    }

    /** The host services the reader needs that Jira does not offer now, by interface name. */
    @Override
    public List<String> unavailable() {
        return HostService.missing(HostService.of(ChangeHistoryManager.class, changeHistory),
                HostService.of(IssueManager.class, issueManager));
    }

    @Override
    public int count(String projectKey) {
        return (int) issueIds(projectKey, 0).stream().filter(id -> isDeal(issueManager.getIssueObject(id))).count();
    }

    @Override
    public void deals(String projectKey, long afterIssueId, Predicate<DealChanges> consumer) {
        for (long issueId : issueIds(projectKey, afterIssueId)) {
            MutableIssue issue = issueManager.getIssueObject(issueId);
            if (isDeal(issue) && !consumer.test(changes(issue))) {
                return;
            }
        }
    }

    private DealChanges changes(MutableIssue issue) {
        IssueSnapshot snapshot = deals.snapshot(issue);
        List<ChangeItemBean> items = changeHistory.getChangeItemsForField(issue, STATUS_FIELD);
        List<LoggedChange> changes = new ArrayList<>();
        String creationStatus = items.isEmpty() ? snapshot.statusId() : items.get(0).getFrom();
        changes.add(DealFeed.identify(issue.getId(), new StatusChange(issue.getCreated().toInstant(), creationStatus)));
        List<Optional<Outcome>> outcomes = items.stream()
                .map(item -> DealFeed.reasonedOutcome(pipelines, snapshot.projectKey(), item.getTo())).toList();
        Map<Outcome, Iterator<String>> reasons = reasonsAtEntries(issue, snapshot, items, outcomes);
        for (int i = 0; i < items.size(); i++) {
            String reason = outcomes.get(i).map(outcome -> reasons.get(outcome).next()).orElse(null);
            changes.add(DealFeed.identify(issue.getId(),
                    new StatusChange(items.get(i).getCreated().toInstant(), items.get(i).getTo(), reason)));
        }
        return new DealChanges(snapshot.facts(), changes, fieldChanges(issue));
    }

    @Override
    public List<LoggedFieldChange> fieldChanges(String projectKey, long issueId) {
        MutableIssue issue = issueManager.getIssueObject(issueId);
        return isDeal(issue) ? fieldChanges(issue) : List.of();
    }

    /**
     * The changes of the deal's amount and expected close date, by the fields' names (Jira's change history records a
     * custom field's change under its name); a change whose values cannot be read is left out and counted.
     */
    private List<LoggedFieldChange> fieldChanges(Issue issue) {
        List<LoggedFieldChange> changes = new ArrayList<>();
        for (DealField field : DealField.values()) {
            String name = field == DealField.AMOUNT ? DealFields.AMOUNT : DealFields.CLOSE_DATE;
            List<ChangeItemBean> items = changeHistory.getChangeItemsForField(issue, name);
            for (int i = 0; i < items.size(); i++) {
                ChangeItemBean item = items.get(i);
                Optional<Optional<String>> from = FieldValues.read(field, item.getFrom(), item.getFromString());
                Optional<Optional<String>> to = FieldValues.read(field, item.getTo(), item.getToString());
                if (from.isEmpty() || to.isEmpty() || item.getCreated() == null) {
                    unreadValues.increment();
                    continue;
                }
                changes.add(LoggedFieldChange.of(issue.getId(), i, new FieldChange(item.getCreated().toInstant(), field,
                        from.get().orElse(null), to.get().orElse(null))));
            }
        }
        return changes;
    }

    /** How many changes of an amount or close date this node found in Jira's change history and could not read. */
    public long unreadFieldValues() {
        return unreadValues.sum();
    }

    /** For each outcome the deal entered, the reasons its entries recorded, in the order of the entries. */
    private Map<Outcome, Iterator<String>> reasonsAtEntries(Issue issue, IssueSnapshot snapshot, List<ChangeItemBean> items,
            List<Optional<Outcome>> outcomes) {
        Map<Outcome, Iterator<String>> reasons = new EnumMap<>(Outcome.class);
        for (Outcome outcome : List.of(Outcome.LOST, Outcome.DISQUALIFIED)) {
            List<Instant> entries = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (outcomes.get(i).equals(Optional.of(outcome))) {
                    entries.add(items.get(i).getCreated().toInstant());
                }
            }
            if (!entries.isEmpty()) {
                String current = outcome == Outcome.LOST ? snapshot.lostReason() : snapshot.disqualificationReason();
                reasons.put(outcome, reasonField(issue, outcome).valuesAt(entries, current).iterator());
            }
        }
        return reasons;
    }

    /** The change history of the field that holds the outcome's reason, as the stage log records its values. */
    private FieldHistory reasonField(Issue issue, Outcome outcome) {
        String field = outcome == Outcome.LOST ? DealFields.LOST_REASON : DealFields.DISQUALIFICATION_REASON;
        return new FieldHistory(changeHistory.getChangeItemsForField(issue, field).stream()
                .map(item -> new FieldHistory.Change(item.getCreated().toInstant(), Reasons.option(item.getFrom(),
                        item.getFromString()), Reasons.option(item.getTo(), item.getToString())))
                .toList());
    }

    private boolean isDeal(MutableIssue issue) {
        return issue != null && issue.getIssueType() != null && JiraDeals.DEAL_TYPE.equals(issue.getIssueType().getName());
    }

    private List<Long> issueIds(String projectKey, long afterIssueId) {
        Project project = lookups.project(projectKey);
        if (project == null) {
            return List.of();
        }
        try {
            return issueManager.getIssueIdsForProject(project.getId()).stream()
                    .filter(id -> id > afterIssueId).sorted().toList();
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not list the issues of project " + projectKey, e);
        }
    }
}
