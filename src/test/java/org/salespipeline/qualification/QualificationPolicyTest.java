package org.salespipeline.qualification;

import static org.salespipeline.text.BundleTexts.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Qualification policy")
class QualificationPolicyTest {

    private static BantAssessment answers(BantAnswer budget, BantAnswer authority, BantAnswer need, BantAnswer timeline) {
        return BantAssessment.unanswered()
                .with(BantCriterion.BUDGET, budget)
                .with(BantCriterion.AUTHORITY, authority)
                .with(BantCriterion.NEED, need)
                .with(BantCriterion.TIMELINE, timeline);
    }

    @Test
    @DisplayName("the standard policy needs a score of 3 and nothing mandatory")
    void standard() {
        QualificationPolicy policy = QualificationPolicy.standard();

        assertThat(policy.threshold()).isEqualTo(3.0);
        assertThat(policy.mandatory()).isEmpty();
    }

    @Test
    @DisplayName("a score exactly at the threshold passes")
    void atThreshold() {
        BantAssessment three = answers(BantAnswer.CONFIRMED, BantAnswer.CONFIRMED, BantAnswer.PARTIAL, BantAnswer.PARTIAL);

        assertThat(QualificationPolicy.standard().failures(three)).isEmpty();
        assertThat(QualificationPolicy.standard().isMetBy(three)).isTrue();
    }

    @Test
    @DisplayName("a score below the threshold is named with both numbers")
    void belowThreshold() {
        BantAssessment twoAndAHalf = answers(BantAnswer.CONFIRMED, BantAnswer.PARTIAL, BantAnswer.CONFIRMED, BantAnswer.UNKNOWN);

        assertThat(QualificationPolicy.standard().failures(twoAndAHalf))
                .extracting(failure -> english(failure.message())).containsExactly("BANT score 2.5 is below the required 3");
    }

    @Test
    @DisplayName("every unconfirmed mandatory criterion is named, after the score")
    void mandatory() {
        QualificationPolicy policy = new QualificationPolicy(3.5, Set.of(BantCriterion.TIMELINE, BantCriterion.BUDGET), "QUALIFICATION");
        BantAssessment assessment = answers(BantAnswer.PARTIAL, BantAnswer.CONFIRMED, BantAnswer.CONFIRMED, BantAnswer.UNKNOWN);

        assertThat(policy.failures(assessment)).extracting(failure -> english(failure.message())).containsExactly(
                "BANT score 2.5 is below the required 3.5",
                "Budget must be CONFIRMED (mandatory)",
                "Timeline must be CONFIRMED (mandatory)");
        assertThat(policy.failures(assessment)).extracting(QualificationFailure::criterion)
                .containsExactly(null, BantCriterion.BUDGET, BantCriterion.TIMELINE);
    }

    @Test
    @DisplayName("a high score does not excuse an unconfirmed mandatory criterion")
    void mandatoryDespiteScore() {
        QualificationPolicy policy = new QualificationPolicy(3, Set.of(BantCriterion.AUTHORITY), "QUALIFICATION");
        BantAssessment assessment = answers(BantAnswer.CONFIRMED, BantAnswer.PARTIAL, BantAnswer.CONFIRMED, BantAnswer.CONFIRMED);

        assertThat(policy.failures(assessment)).extracting(failure -> english(failure.message()))
                .containsExactly("Authority must be CONFIRMED (mandatory)");
    }

    @Test
    @DisplayName("thresholds outside 0 to 4 are refused")
    void thresholdRange() {
        assertThatThrownBy(() -> new QualificationPolicy(4.5, Set.of(), "QUALIFICATION")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualificationPolicy(-0.5, Set.of(), "QUALIFICATION")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new QualificationPolicy(0, Set.of(), "QUALIFICATION").failures(BantAssessment.unanswered())).isEmpty();
        assertThat(new QualificationPolicy(4, Set.of(), "QUALIFICATION").threshold()).isEqualTo(4.0);
    }
}
