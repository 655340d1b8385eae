package org.salespipeline.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.salespipeline.checklist.WonBlockers;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.qualification.QualificationFailure;

/** Decides whether a deal may make a move, and if not, says exactly what is missing. */
public final class ExitCriteria {

    static final String QUALIFICATION_STAGE = "QUALIFICATION";

    private ExitCriteria() {
    }

    /** The checks that apply to a move into the target, in the order they are reported. */
    public static List<ExitCheck> checksFor(PipelineConfig config, StageRef target) {
        List<ExitCheck> checks = new ArrayList<>();
        if (isPastQualification(config, target)) {
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

    /** Everything that blocks the check for this deal; empty when the deal passes. */
    public static List<String> missing(ExitCheck check, PipelineConfig config, DealSnapshot deal) {
        return switch (check) {
            case QUALIFICATION -> qualificationOpen(config, deal.position())
                    ? config.policy().failures(deal.bant()).stream().map(QualificationFailure::message).toList()
                    : List.of();
            case WON -> WonBlockers.evaluate(config.pipeline(), config.checklists(), deal.checklists()).messages();
            case LOST -> blank(deal.lostReason()) ? List.of("A lost reason is required to close the deal as lost.") : List.of();
            case DISQUALIFIED -> blank(deal.disqualificationReason())
                    ? List.of("A disqualification reason is required to disqualify the deal.") : List.of();
        };
    }

    /** Targets after qualification, and WON; the check only bites while the deal has not yet got past it. */
    private static boolean isPastQualification(PipelineConfig config, StageRef target) {
        OptionalInt qualification = config.pipeline().positionOf(QUALIFICATION_STAGE);
        if (qualification.isEmpty()) {
            return false;
        }
        if (!target.isOpenStage()) {
            return target.outcome() == org.salespipeline.pipeline.Outcome.WON;
        }
        return config.pipeline().positionOf(target.stageKey()).orElse(0) > qualification.getAsInt();
    }

    private static boolean qualificationOpen(PipelineConfig config, int position) {
        return position <= config.pipeline().positionOf(QUALIFICATION_STAGE).orElse(Integer.MAX_VALUE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
