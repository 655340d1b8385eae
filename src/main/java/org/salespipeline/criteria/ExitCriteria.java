package org.salespipeline.criteria;

import org.salespipeline.text.Texts;
import org.salespipeline.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.salespipeline.checklist.WonBlockers;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.history.DealHistory;
import org.salespipeline.history.StageEntry;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.qualification.QualificationFailure;

/** Decides whether a deal may make a move, and if not, says exactly what is missing. */
public final class ExitCriteria {

    private ExitCriteria() {
    }

    /** The checks the generated workflow attaches to a move into the target, in the order they are reported. */
    public static List<ExitCheck> checksFor(PipelineConfig config, StageRef target) {
        List<ExitCheck> checks = new ArrayList<>();
        if (isPastGate(config, target)) {
            checks.add(ExitCheck.QUALIFICATION);
        }
        if (!target.isOpenStage()) {
            switch (target.outcome()) {
                case WON -> checks.add(ExitCheck.WON);
                case LOST -> checks.add(ExitCheck.LOST);
                case DISQUALIFIED -> checks.add(ExitCheck.DISQUALIFIED);
                default -> throw new IllegalStateException("Unknown outcome " + target.outcome());
            }
        }
        return checks;
    }

    /**
     * Everything that blocks the check for this deal; empty when the deal passes. The qualification check bites
     * while the deal's current position is at or before the gate stage, however far it had been before.
     */
    public static List<Message> missing(ExitCheck check, PipelineConfig config, DealSnapshot deal) {
        return switch (check) {
            case QUALIFICATION -> gateApplies(config, deal.currentPosition())
                    ? config.policy().failures(deal.bant()).stream().map(QualificationFailure::message).toList()
                    : List.of();
            case WON -> WonBlockers.evaluate(config.pipeline(), config.checklists(), deal.checklists()).messages();
            case LOST -> blank(deal.lostReason()) ? List.of(Message.of("sales-pipeline.exit.lost-reason")) : List.of();
            case DISQUALIFIED -> blank(deal.disqualificationReason())
                    ? List.of(Message.of("sales-pipeline.exit.disqualification-reason")) : List.of();
        };
    }

    /**
     * Each transition open to the deal with what blocks it: exactly the checks configured on that transition, with
     * the messages its validators would give, in the words of {@code texts}.
     */
    public static List<Move> moves(PipelineConfig config, DealSnapshot deal, List<Transition> transitions, Texts texts) {
        List<Move> moves = new ArrayList<>();
        for (Transition transition : transitions) {
            List<Move.Blocker> blockers = new ArrayList<>();
            for (ExitCheck check : transition.checks()) {
                missing(check, config, deal).forEach(message -> blockers.add(
                        new Move.Blocker(check.argument(), message.key(), texts.text(message))));
            }
            String stage = config.mapping().target(transition.toStatusId(), config.pipeline()).map(ref -> ref.isOpenStage() ? ref.stageKey() : ref.outcome().name()).orElse(null);
            moves.add(new Move(transition.actionId(), transition.name(), transition.toStatusId(), transition.toStatusName(),
                    stage, blockers.isEmpty(), blockers));
        }
        return moves;
    }

    /** Whether the qualification check holds a deal at this current position back. */
    public static boolean gateApplies(PipelineConfig config, int currentPosition) {
        OptionalInt gate = gatePosition(config);
        return gate.isPresent() && currentPosition <= gate.getAsInt();
    }

    /**
     * The deal's current position for the gate: the 1-based position of the open stage its status stands for; in an
     * outcome or an unmapped status, that of the last open stage its history entered; 0 when it was never in one.
     */
    public static int currentPosition(PipelineConfig config, String statusId, List<StatusChange> changes) {
        OptionalInt current = statusId == null ? OptionalInt.empty() : config.mapping().lookup(statusId)
                .filter(StageRef::isOpenStage).map(ref -> config.pipeline().positionOf(ref.stageKey()))
                .orElse(OptionalInt.empty());
        if (current.isPresent()) {
            return current.getAsInt();
        }
        List<StageEntry> entries = DealHistory.derive(changes, config.pipeline(), config.mapping()).entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            StageRef target = entries.get(i).target();
            if (target.isOpenStage()) {
                return config.pipeline().positionOf(target.stageKey()).orElse(0);
            }
        }
        return 0;
    }

    /** Open stages after the gate stage, and WON; nothing when the pipeline has no gate. */
    private static boolean isPastGate(PipelineConfig config, StageRef target) {
        OptionalInt gate = gatePosition(config);
        if (gate.isEmpty()) {
            return false;
        }
        if (!target.isOpenStage()) {
            return target.outcome() == Outcome.WON;
        }
        return config.pipeline().positionOf(target.stageKey()).orElse(0) > gate.getAsInt();
    }

    private static OptionalInt gatePosition(PipelineConfig config) {
        return config.policy().gate().map(key -> config.pipeline().positionOf(key)).orElse(OptionalInt.empty());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
