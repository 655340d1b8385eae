package org.salespipeline.criteria;

import java.util.List;
import java.util.Objects;
import org.salespipeline.checklist.DealChecklists;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.history.StatusChange;
import org.salespipeline.qualification.BantAssessment;

/**
 * What the exit criteria look at in a deal about to move: its current position (see
 * {@link ExitCriteria#currentPosition}), its BANT answers, every checklist it has or will have once won (with the
 * ticks stored on them), and the reasons entered on the transition screen (null when empty).
 */
public record DealSnapshot(int currentPosition, BantAssessment bant, DealChecklists checklists, String lostReason,
        String disqualificationReason) {

    public DealSnapshot {
        Objects.requireNonNull(bant, "bant");
        Objects.requireNonNull(checklists, "checklists");
    }

    /** The snapshot of a deal in the status with the logged changes. */
    public static DealSnapshot of(PipelineConfig config, String statusId, List<StatusChange> changes, BantAssessment bant,
            DealChecklists checklists, String lostReason, String disqualificationReason) {
        return new DealSnapshot(ExitCriteria.currentPosition(config, statusId, changes), bant, checklists, lostReason,
                disqualificationReason);
    }
}
