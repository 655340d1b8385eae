package org.salespipeline.qualification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a deal needs to leave QUALIFICATION: a minimum BANT score and a set of criteria that must be CONFIRMED. */
public record QualificationPolicy(double threshold, Set<BantCriterion> mandatory) {

    /** The threshold used when a pipeline sets none. */
    public static final double DEFAULT_THRESHOLD = 3;

    public QualificationPolicy {
        if (!(threshold >= 0 && threshold <= 4)) {
            throw new IllegalArgumentException("BANT threshold must be between 0 and 4, was " + threshold);
        }
        mandatory = mandatory.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mandatory));
    }

    /** Threshold 3 and no mandatory criteria. */
    public static QualificationPolicy standard() {
        return new QualificationPolicy(DEFAULT_THRESHOLD, Set.of());
    }

    /** Every reason the assessment fails this policy, the score first, then criteria in BANT order; empty when it passes. */
    public List<QualificationFailure> failures(BantAssessment assessment) {
        List<QualificationFailure> failures = new ArrayList<>();
        double score = assessment.score();
        if (score < threshold) {
            failures.add(new QualificationFailure(null,
                    "BANT score " + plain(score) + " is below the required " + plain(threshold)));
        }
        for (BantCriterion criterion : BantCriterion.values()) {
            if (mandatory.contains(criterion) && assessment.answer(criterion) != BantAnswer.CONFIRMED) {
                failures.add(new QualificationFailure(criterion,
                        criterion.label() + " must be CONFIRMED (mandatory)"));
            }
        }
        return failures;
    }

    public boolean isMetBy(BantAssessment assessment) {
        return failures(assessment).isEmpty();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
