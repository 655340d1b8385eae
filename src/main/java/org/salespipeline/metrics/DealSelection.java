package org.salespipeline.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.salespipeline.pipeline.Outcome;

/**
 * The deals behind one number a metric counts, so that they can be listed where Jira lists issues: each kind selects
 * exactly the deals its metric counts for the same pipeline, window or instant, for any owner.
 */
public sealed interface DealSelection {

    /** The open deals whose stage at the instant is the given one: a row of the summary at that instant. */
    record InStage(String stageKey, Instant at) implements DealSelection {
        public InStage {
            Objects.requireNonNull(stageKey, "stageKey");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The open deals stalled at the instant: every deal the stalled list would show, without its limit. */
    record Stalled(Instant at) implements DealSelection {
        public Stalled {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The deals created in the window (the funnel's cohort) that reached the position: 0 for the whole cohort, a
     * stage's position for its bar, the pipeline's won position for the won bar.
     */
    record Cohort(Window window, int position) implements DealSelection {
        public Cohort {
            Objects.requireNonNull(window, "window");
            if (position < 0) {
                throw new IllegalArgumentException("A position is never negative, was " + position);
            }
        }
    }

    /**
     * The deals whose outcome is the given one and whose outcome instant lies in the window; with a reason, only
     * those recorded with it.
     *
     * @param reason which reasons count: any, none recorded, or one
     */
    record WithOutcome(Outcome outcome, Window window, Reason reason) implements DealSelection {
        public WithOutcome {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The deals open now whose expected close date lies in [from, to): one month of the forecast, or part of one. */
    record ClosingIn(LocalDate from, LocalDate to, Instant now) implements DealSelection {
        public ClosingIn {
            Objects.requireNonNull(now, "now");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("Close dates must start before they end: from " + from + ", to " + to);
            }
        }
    }

    /** The deals open now whose expected close date is before today (UTC): the forecast's slipped deals. */
    record Slipped(Instant now) implements DealSelection {
        public Slipped {
            Objects.requireNonNull(now, "now");
        }
    }

    /** Which outcome reasons a selection by outcome takes: any reason, only deals recorded without one, or one reason. */
    record Reason(boolean anyReason, String reason) {

        private static final Reason ANY = new Reason(true, null);
        private static final Reason NONE = new Reason(false, null);

        public static Reason any() {
            return ANY;
        }

        /** The deals whose outcome was recorded without a reason (the gadget's "no reason" row). */
        public static Reason none() {
            return NONE;
        }

        public static Reason of(String reason) {
            return new Reason(false, Objects.requireNonNull(reason, "reason"));
        }
    }
}
