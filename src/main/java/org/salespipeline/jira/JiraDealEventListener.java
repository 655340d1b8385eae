package org.salespipeline.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import java.time.Clock;
import org.salespipeline.feed.DealFeed;
import org.salespipeline.feed.IssueSnapshot;
import org.salespipeline.history.StatusChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the stage log from Jira's issue events. It never lets a failure of the app reach Jira: a
 * transition must not fail because the log could not be written (a later rebuild repairs the log).
 */
public class JiraDealEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(JiraDealEventListener.class);

    private final EventPublisher eventPublisher;
    private final DealFeed feed;
    private final JiraDeals deals;
    private final BantScoreWriter bantScore;
    private final Clock clock;

    public JiraDealEventListener(EventPublisher eventPublisher, DealFeed feed, JiraDeals deals, BantScoreWriter bantScore,
            Clock clock) {
        this.eventPublisher = eventPublisher;
        this.feed = feed;
        this.deals = deals;
        this.bantScore = bantScore;
        this.clock = clock;
    }

    /** Spring init-method. */
    public void start() {
        eventPublisher.register(this);
    }

    /** Spring destroy-method. */
    public void stop() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        onIssue(event.getEventTypeId(), event.getIssue());
    }

    /** Handles one issue event by its type; failures are logged, never thrown. */
    public void onIssue(Long eventTypeId, Issue issue) {
        try {
            if (EventType.ISSUE_DELETED_ID.equals(eventTypeId)) {
                feed.deleted(issue.getId());
                return;
            }
            IssueSnapshot snapshot = deals.snapshot(issue);
            if (EventType.ISSUE_CREATED_ID.equals(eventTypeId)) {
                feed.statusChanged(snapshot, new StatusChange(issue.getCreated().toInstant(), snapshot.statusId()));
            } else if (EventType.ISSUE_MOVED_ID.equals(eventTypeId)) {
                feed.relocated(snapshot);
            } else {
                feed.issueChanged(snapshot, clock.instant());
            }
            if (snapshot.isDeal()) {
                bantScore.update(issue);
            }
        } catch (RuntimeException | LinkageError failure) {
            LOG.error("Sales Pipeline could not log event {} of issue {}; a history rebuild will repair it",
                    eventTypeId, issue == null ? null : issue.getKey(), failure);
        }
    }
}
