package org.salespipeline.qualification;

import org.salespipeline.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a deal needs to get past the pipeline's qualification gate: a minimum BANT score and a set of criteria that
 * must be CONFIRMED. The gate is one of the pipeline's stages, named by its key; without a gate stage (null) BANT
 * blocks no move.
 */
public record QualificationPolicy(double threshold, Set<BantCriterion> mandatory, String gateStage) {

    /** The threshold used when a pipeline sets none. */
    public static final double DEFAULT_THRESHOLD = 3;
    /** The gate stage of every shipped template. */
    public static final String TEMPLATE_GATE_STAGE = "QUALIFICATION";

    public QualificationPolicy {
        if (!(threshold >= 0 && threshold <= 4)) {
            throw new IllegalArgumentException("BANT threshold must be between 0 and 4, was " + threshold);
        }
        mandatory = mandatory.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mandatory));
        gateStage = gateStage == null || gateStage.isBlank() ? null : gateStage;
    }

    /** Threshold 3, no mandatory criteria, the templates' Qualification stage as the gate. */
    public static QualificationPolicy standard() {
        return new QualificationPolicy(DEFAULT_THRESHOLD, Set.of(), TEMPLATE_GATE_STAGE);
    }

    /** The same policy with another gate stage (null for none). */
    public QualificationPolicy withGateStage(String stageKey) {
        return new QualificationPolicy(threshold, mandatory, stageKey);
    }

    public Optional<String> gate() {
        return Optional.ofNullable(gateStage);
    }

    /** Every reason the assessment fails this policy, the score first, then criteria in BANT order; empty when it passes. */
    public List<QualificationFailure> failures(BantAssessment assessment) {
        List<QualificationFailure> failures = new ArrayList<>();
        double score = assessment.score();
        if (score < threshold) {
            failures.add(new QualificationFailure(null,
                    Message.of("sales-pipeline.exit.bant-score", plain(score), plain(threshold))));
        }
        for (BantCriterion criterion : BantCriterion.values()) {
            if (mandatory.contains(criterion) && assessment.answer(criterion) != BantAnswer.CONFIRMED) {
                failures.add(new QualificationFailure(criterion,
                        Message.of("sales-pipeline.exit.bant-mandatory", criterion.title())));
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
