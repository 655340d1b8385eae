package org.salespipeline.demo.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.PipelineTemplate;

/**
 * Plans one deal's whole way through the seven-stage pipeline from its creation: mostly forward moves, with skips,
 * backward moves and closed deals reopened, until it is won, lost or disqualified.
 */
final class StatusWalk {

    private static final PipelineTemplate TEMPLATE = PipelineTemplate.SEVEN_STAGE;
    private static final List<String> STATUSES = TEMPLATE.statusNames();
    private static final int STAGES = TEMPLATE.stageKeys().size();
    private static final int WON = STAGES;
    private static final int LOST = STAGES + 1;
    private static final int DISQUALIFIED = STAGES + 2;

    // Won, lost and disqualified in status order; won a little above 30 % because won deals take longest, so more of
    // them are still open at the end.
    private static final double[] OUTCOME_SHARES = {0.32, 0.49, 0.19};
    // This many backward moves make deals average about ten changes, as real pipelines with second thoughts do.
    private static final double BACKWARD = 0.36;
    private static final double SKIP = 0.08;
    private static final double CLOSE_AND_REOPEN = 0.05;
    // Where lost deals leave, from Qualification to Closing: most of them at the proposal or in negotiation.
    private static final double[] LOST_AT = {0.05, 0.08, 0.15, 0.27, 0.30, 0.15};
    // Disqualification happens early: in Qualification, Initial Contact or Needs Assessment.
    private static final double[] DISQUALIFIED_AT = {0.5, 0.3, 0.2};
    // Most stays end well within the stage's rot days; the long tail of the distribution makes the stalled deals.
    private static final double[] MEAN_SECONDS_IN_STAGE = TEMPLATE.stages().stream()
            .mapToDouble(stage -> stage.rotDays() * 0.45 * 86_400).toArray();
    private static final double MEAN_SECONDS_BEFORE_REOPENING = 40 * 86_400;

    private final SplittableRandom random;
    private final List<StatusChange> changes = new ArrayList<>(16);
    private long at;

    private StatusWalk(SplittableRandom random, Instant created) {
        this.random = random;
        this.at = created.getEpochSecond();
    }

    /** The deal's changes in time order, the first at {@code created}, the last into its final outcome. */
    static List<StatusChange> plan(SplittableRandom random, Instant created) {
        return new StatusWalk(random, created).walk();
    }

    private List<StatusChange> walk() {
        int stage = startingStage();
        int outcome = WON + weighted(OUTCOME_SHARES);
        int exit = Math.max(stage, exitStage(outcome));
        record(stage);
        while (stage != exit) {
            stage = random.nextDouble() < CLOSE_AND_REOPEN ? closeAndReopen(stage) : move(stage, exit);
        }
        letTimePass(MEAN_SECONDS_IN_STAGE[stage]);
        record(outcome);
        return changes;
    }

    private int startingStage() {
        double draw = random.nextDouble();
        return draw < 0.9 ? 0 : draw < 0.97 ? 1 : 2;
    }

    private int exitStage(int outcome) {
        if (outcome == WON) {
            return random.nextDouble() < 0.85 ? STAGES - 1 : STAGES - 2;
        }
        return 1 + weighted(outcome == LOST ? LOST_AT : DISQUALIFIED_AT);
    }

    private int move(int stage, int exit) {
        double draw = random.nextDouble();
        int next;
        if (stage > 0 && draw < BACKWARD) {
            next = stage - 1;
        } else if (stage + 2 <= exit && draw < BACKWARD + SKIP) {
            next = stage + 2;
        } else {
            next = stage + 1;
        }
        letTimePass(MEAN_SECONDS_IN_STAGE[stage]);
        record(next);
        return next;
    }

    // A deal closed for now and taken up again later, at its stage or a little before it.
    private int closeAndReopen(int stage) {
        double draw = random.nextDouble();
        int closed = draw < 0.65 ? LOST : draw < 0.95 ? DISQUALIFIED : WON;
        letTimePass(MEAN_SECONDS_IN_STAGE[stage]);
        record(closed);
        int reopened = Math.max(0, stage - random.nextInt(3));
        letTimePass(MEAN_SECONDS_BEFORE_REOPENING);
        record(reopened);
        return reopened;
    }

    // At least an hour between changes, so that no two changes of a generated deal share an instant.
    private void letTimePass(double meanSeconds) {
        at += 3_600 + (long) (-meanSeconds * Math.log(1 - random.nextDouble()));
    }

    private void record(int status) {
        String reason = status == LOST ? DealWords.lostReason(random)
                : status == DISQUALIFIED ? DealWords.disqualificationReason(random) : null;
        changes.add(new StatusChange(Instant.ofEpochSecond(at), STATUSES.get(status), reason));
    }

    private int weighted(double[] weights) {
        double draw = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
