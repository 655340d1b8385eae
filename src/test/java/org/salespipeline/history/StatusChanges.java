package org.salespipeline.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of arbitrary status-change sequences over the seven-stage pipeline, unmapped statuses included. */
public final class StatusChanges {

    /** Every mapped status of the seven-stage template plus two statuses the mapping does not know. */
    public static final List<String> STATUSES = List.of("Prospecting", "Qualification", "Initial Contact",
            "Needs Assessment", "Proposal", "Negotiation", "Closing", "Closed Won", "Closed Lost", "Disqualified",
            "Backlog", "On Hold");

    private StatusChanges() {
    }

    /** Sequences of 0 to 12 changes in time order, often several at the same instant. */
    public static Arbitrary<List<StatusChange>> sequences() {
        Arbitrary<Integer> hoursSincePrevious = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 24 * 60)));
        Arbitrary<String> reason = Arbitraries.of("price", "timing", "no budget").injectNull(0.3);
        Arbitrary<Step> step = Combinators.combine(hoursSincePrevious, Arbitraries.of(STATUSES), reason).as(Step::new);
        return step.list().ofMaxSize(12).map(StatusChanges::toChanges);
    }

    private static List<StatusChange> toChanges(List<Step> steps) {
        List<StatusChange> changes = new ArrayList<>();
        var at = HistoryFixtures.START;
        for (Step step : steps) {
            at = at.plus(Duration.ofHours(step.hoursSincePrevious()));
            changes.add(new StatusChange(at, step.status(), step.reason()));
        }
        return changes;
    }

    private record Step(int hoursSincePrevious, String status, String reason) {
    }
}
