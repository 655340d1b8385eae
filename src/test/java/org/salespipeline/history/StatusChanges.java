package org.salespipeline.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random status-change sequences over the seven-stage pipeline: every kind of move, unmapped statuses and equal instants. */
public final class StatusChanges {

    /** Every mapped status of the seven-stage template plus two statuses the mapping does not know. */
    public static final List<String> STATUSES = List.of("Prospecting", "Qualification", "Initial Contact",
            "Needs Assessment", "Proposal", "Negotiation", "Closing", "Closed Won", "Closed Lost", "Disqualified",
            "Backlog", "On Hold");

    private static final List<String> REASONS = List.of("price", "timing", "no budget");

    private StatusChanges() {
    }

    /** 0 to 12 changes in time order from {@link HistoryFixtures#START}, up to two weeks apart; about one in four at the previous instant. */
    public static List<StatusChange> sequence(Random random) {
        return sequence(random, HistoryFixtures.START);
    }

    /** 0 to 12 changes in time order from {@code start}. */
    public static List<StatusChange> sequence(Random random, Instant start) {
        int size = random.nextInt(13);
        List<StatusChange> changes = new ArrayList<>(size);
        Instant at = start;
        for (int i = 0; i < size; i++) {
            int minutes = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(14 * 24 * 60);
            at = at.plus(Duration.ofMinutes(minutes));
            String reason = random.nextInt(10) < 3 ? null : REASONS.get(random.nextInt(REASONS.size()));
            changes.add(new StatusChange(at, STATUSES.get(random.nextInt(STATUSES.size())), reason));
        }
        return changes;
    }
}
