package org.salespipeline.demo;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.Issue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.salespipeline.jira.JiraDealEventListener;

/**
 * The demo's event bus: keeps the listeners the app registers and hands them issue events. Jira's
 * IssueEvent cannot be built outside Jira, so events reach the listener's handler behind its
 * {@code @EventListener} method, which only unpacks the event.
 */
final class DemoEvents implements EventPublisher {

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    void issueEvent(Long eventTypeId, Issue issue) {
        for (Object listener : listeners) {
            if (listener instanceof JiraDealEventListener dealListener) {
                dealListener.onIssue(eventTypeId, issue);
            }
        }
    }

    int registered() {
        return listeners.size();
    }
}
