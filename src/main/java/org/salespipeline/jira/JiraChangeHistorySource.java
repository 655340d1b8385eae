package org.salespipeline.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ofbiz.core.entity.GenericEntityException;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.feed.DealFeed;
import org.salespipeline.feed.IssueSnapshot;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StatusChange;

/**
 * Reads deals' status histories from Jira's change history: the creation status is the first status
 * change's "from" (or the current status when the status never changed), then every change's "to".
 */
public class JiraChangeHistorySource implements ChangeHistorySource {

    static final String STATUS_FIELD = "status";

    private final JiraLookups lookups;
    private final IssueManager issueManager;
    private final ChangeHistoryManager changeHistory;
    private final JiraDeals deals;
    private final PipelineDirectory pipelines;

    public JiraChangeHistorySource(JiraLookups lookups, IssueManager issueManager, ChangeHistoryManager changeHistory,
            JiraDeals deals, PipelineDirectory pipelines) {
        this.lookups = lookups;
        this.issueManager = issueManager;
        this.changeHistory = changeHistory;
        this.deals = deals;
        this.pipelines = pipelines;
    }

    /** The host services the reader needs that Jira does not offer now, by interface name. */
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
        for (ChangeItemBean item : items) {
            // Jira keeps no reason per change: an outcome gets the reason the deal holds now.
            StatusChange change = new StatusChange(item.getCreated().toInstant(), item.getTo(),
                    DealFeed.reasonFor(pipelines, snapshot, item.getTo()));
            changes.add(DealFeed.identify(issue.getId(), change));
        }
        return new DealChanges(snapshot.facts(), changes);
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
