package org.salespipeline.jira;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The issue events this node has received since the app started, by Jira event type id. */
public class IssueEventTally {

    private final Instant since;
    private final Map<Long, LongAdder> counts = new ConcurrentHashMap<>();

    public IssueEventTally(Clock clock) {
        this.since = clock.instant();
    }

    void received(Long eventTypeId) {
        counts.computeIfAbsent(eventTypeId == null ? -1L : eventTypeId, id -> new LongAdder()).increment();
    }

    public Instant since() {
        return since;
    }

    /** How many events of each type arrived, in type id order. */
    public Map<Long, Long> counts() {
        Map<Long, Long> snapshot = new TreeMap<>();
        counts.forEach((type, count) -> snapshot.put(type, count.sum()));
        return snapshot;
    }
}
