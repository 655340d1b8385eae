package org.salespipeline.metrics;

import static org.salespipeline.history.HistoryFixtures.day;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.salespipeline.history.StatusChange;
import org.salespipeline.history.StatusChanges;

/** Random sets of deals with random histories, amounts, owners and close dates, for property tests. */
public final class RandomDeals {

    private static final List<String> OWNERS = List.of("ann", "bob");

    private RandomDeals() {
    }

    /** Up to {@code maxDeals} ACME deals numbered from 1. */
    public static List<DealRecord> deals(Random random, int maxDeals) {
        int count = random.nextInt(maxDeals + 1);
        List<DealRecord> records = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Instant start = day(random.nextInt(60)).plusSeconds(random.nextInt(86_400));
            List<StatusChange> changes = StatusChanges.sequence(random, start);
            Instant created = changes.isEmpty() ? start : changes.get(0).at();
            Double amount = random.nextInt(5) == 0 ? null : Math.round(random.nextDouble() * 10_000_000) / 100.0;
            String owner = random.nextInt(5) == 0 ? null : OWNERS.get(random.nextInt(OWNERS.size()));
            LocalDate close = random.nextInt(4) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(200));
            records.add(new DealRecord("ACME-" + i, "Deal " + i, created, amount, owner, close, changes));
        }
        return records;
    }
}
