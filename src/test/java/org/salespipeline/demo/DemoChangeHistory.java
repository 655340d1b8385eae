package org.salespipeline.demo;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.salespipeline.feed.DealFeed;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.DealFacts;
import org.salespipeline.jira.JiraDeals;

/** The demo's change history: each demo issue's status history, as Jira's change history would give it. */
final class DemoChangeHistory implements ChangeHistorySource {

    private final DemoJira jira;
    private final JiraDeals deals;

    DemoChangeHistory(DemoJira jira, JiraDeals deals) {
        this.jira = jira;
        this.deals = deals;
    }

    @Override
    public int count(String projectKey) {
        return (int) issuesOf(projectKey, 0).size();
    }

    @Override
    public void deals(String projectKey, long afterIssueId, Predicate<DealChanges> consumer) {
        for (DemoIssue issue : issuesOf(projectKey, afterIssueId)) {
            DealFacts facts = deals.snapshot(issue).facts();
            if (!consumer.test(new DealChanges(facts,
                    issue.history().stream().map(change -> DealFeed.identify(issue.getId(), change)).toList()))) {
                return;
            }
        }
    }

    private List<DemoIssue> issuesOf(String projectKey, long afterIssueId) {
        return jira.issues().stream()
                .filter(issue -> issue.getProjectObject().getKey().equals(projectKey) && issue.getId() > afterIssueId)
                .sorted(Comparator.comparing(DemoIssue::getId))
                .toList();
    }
}
