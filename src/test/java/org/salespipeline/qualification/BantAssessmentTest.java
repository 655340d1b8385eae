package org.salespipeline.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BANT assessment")
class BantAssessmentTest {

    @Test
    @DisplayName("an unanswered assessment scores 0 and every criterion is UNKNOWN")
    void unanswered() {
        BantAssessment assessment = BantAssessment.unanswered();

        assertThat(assessment.score()).isZero();
        assertThat(assessment.answer(BantCriterion.NEED)).isEqualTo(BantAnswer.UNKNOWN);
    }

    @Test
    @DisplayName("the score adds 1 per CONFIRMED and 0.5 per PARTIAL answer")
    void score() {
        BantAssessment assessment = BantAssessment.unanswered()
                .with(BantCriterion.BUDGET, BantAnswer.CONFIRMED)
                .with(BantCriterion.AUTHORITY, BantAnswer.PARTIAL)
                .with(BantCriterion.NEED, BantAnswer.CONFIRMED);

        assertThat(assessment.score()).isEqualTo(2.5);
    }

    @Test
    @DisplayName("all four confirmed scores the maximum of 4")
    void maximum() {
        BantAssessment assessment = BantAssessment.unanswered();
        for (BantCriterion criterion : BantCriterion.values()) {
            assessment = assessment.with(criterion, BantAnswer.CONFIRMED);
        }

        assertThat(assessment.score()).isEqualTo(4.0);
    }

    @Test
    @DisplayName("a note is kept per criterion and a blank note clears it")
    void notes() {
        BantAssessment noted = BantAssessment.unanswered().with(BantCriterion.BUDGET, BantAnswer.PARTIAL, "Q3 budget");

        assertThat(noted.note(BantCriterion.BUDGET)).contains("Q3 budget");
        assertThat(noted.note(BantCriterion.NEED)).isEmpty();
        assertThat(noted.with(BantCriterion.BUDGET, BantAnswer.CONFIRMED, " ").note(BantCriterion.BUDGET)).isEmpty();
    }

    @Test
    @DisplayName("a note of 2000 characters is accepted and one of 2001 is refused, leaving the original unchanged")
    void noteLength() {
        BantAssessment original = BantAssessment.unanswered();

        assertThat(original.with(BantCriterion.NEED, BantAnswer.PARTIAL, "n".repeat(2000)).note(BantCriterion.NEED))
                .hasValueSatisfying(n -> assertThat(n).hasSize(2000));
        assertThatThrownBy(() -> original.with(BantCriterion.NEED, BantAnswer.PARTIAL, "n".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Need note must be at most 2000 characters, was 2001");
        assertThat(original).isEqualTo(BantAssessment.unanswered());
    }
}
