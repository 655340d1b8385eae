package org.salespipeline.criteria;

import java.util.Objects;
import org.salespipeline.checklist.DealChecklists;
import org.salespipeline.qualification.BantAssessment;

/**
 * What the exit criteria look at in a deal about to move: its furthest position so far, its BANT answers,
 * its checklists and the reasons entered on the transition screen (null when empty).
 */
public record DealSnapshot(int position, BantAssessment bant, DealChecklists checklists, String lostReason,
        String disqualificationReason) {

    public DealSnapshot {
        Objects.requireNonNull(bant, "bant");
        Objects.requireNonNull(checklists, "checklists");
    }
}
