package org.salespipeline.demo.data;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.salespipeline.history.FieldChange;
import org.salespipeline.history.StatusChange;

/**
 * Gives a generated deal the field history sales teams see: its amount revised when it reaches Proposal and
 * Negotiation, and its expected close date moved now and then as it goes through its stages — pushed out far more
 * often than pulled in. The deal's values today stay what they were: the history is worked out backwards from them.
 */
final class FieldRevisions {

    private static final List<String> REVISED_AT = List.of("Proposal", "Negotiation");
    private static final List<String> OUTCOMES = List.of("Closed Won", "Closed Lost", "Disqualified");

    private FieldRevisions() {
    }

    static DealSpec add(SplittableRandom random, DealSpec deal, Instant end) {
        List<StatusChange> history = deal.history();
        List<Instant> amountTimes = new ArrayList<>();
        List<Instant> closeTimes = new ArrayList<>();
        List<Long> closeShifts = new ArrayList<>();
        for (int i = 1; i < history.size(); i++) {
            StatusChange change = history.get(i);
            Instant limit = i + 1 < history.size() ? history.get(i + 1).at() : end;
            if (deal.amount() != null && REVISED_AT.contains(change.statusId()) && random.nextDouble() < 0.6) {
                amountTimes.add(after(random, change.at(), limit));
            }
            if (deal.closeDate() != null && !OUTCOMES.contains(change.statusId())) {
                double roll = random.nextDouble();
                if (roll < 0.3) {
                    closeTimes.add(after(random, change.at(), limit));
                    closeShifts.add(14L + random.nextInt(47));
                } else if (roll < 0.38) {
                    closeTimes.add(after(random, change.at(), limit));
                    closeShifts.add(-7L - random.nextInt(15));
                }
            }
        }
        List<FieldChange> changes = new ArrayList<>();
        double amount = deal.amount() == null ? 0 : deal.amount();
        for (int i = amountTimes.size() - 1; i >= 0; i--) {
            double before = Math.max(100, Math.rint(amount / (0.75 + random.nextDouble() * 0.55)));
            if (before != amount) {
                changes.add(0, FieldChange.amount(amountTimes.get(i), before, amount));
            }
            amount = before;
        }
        LocalDate close = deal.closeDate();
        List<FieldChange> closeChanges = new ArrayList<>();
        for (int i = closeTimes.size() - 1; i >= 0; i--) {
            LocalDate before = close.minusDays(closeShifts.get(i));
            closeChanges.add(0, FieldChange.closeDate(closeTimes.get(i), before, close));
            close = before;
        }
        changes.addAll(closeChanges);
        // In time order, as a history file holds them.
        changes.sort(java.util.Comparator.comparing(FieldChange::at));
        if (changes.isEmpty()) {
            return deal;
        }
        return new DealSpec(deal.issueId(), deal.key(), deal.summary(), deal.created(), deal.amount(), deal.owner(),
                deal.closeDate(), history, changes);
    }

    /** An instant a few hours after the change, and before the limit (the next change, or the end). */
    private static Instant after(SplittableRandom random, Instant at, Instant limit) {
        long room = Duration.between(at, limit).toSeconds();
        long wanted = 3_600L * (1 + random.nextInt(24));
        return at.plusSeconds(Math.max(0, Math.min(wanted, room / 2)));
    }
}
