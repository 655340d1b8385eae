package org.salespipeline.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.jira.BantScoreWriter;
import org.salespipeline.jira.DealFields;
import org.salespipeline.qualification.BantAnswer;
import org.salespipeline.qualification.BantCriterion;

/** The fields provisioning creates are the fields the app reads, by the same names. */
class DealFieldSpecsTest {

    @Test
    @DisplayName("names match what the app reads: amount, close date, the BANT answers, the score and both reasons")
    void namesMatchTheReaders() {
        assertThat(DealFieldSpecs.all()).extracting(FieldSpec::name).containsExactly(DealFields.AMOUNT, DealFields.CLOSE_DATE,
                BantCriterion.BUDGET.label(), BantCriterion.AUTHORITY.label(), BantCriterion.NEED.label(),
                BantCriterion.TIMELINE.label(), BantScoreWriter.SCORE, DealFields.LOST_REASON, DealFields.DISQUALIFICATION_REASON);
        assertThat(DealFieldSpecs.all()).extracting(FieldSpec::kind).containsExactly(FieldKind.NUMBER, FieldKind.DATE,
                FieldKind.SELECT, FieldKind.SELECT, FieldKind.SELECT, FieldKind.SELECT, FieldKind.NUMBER, FieldKind.SELECT,
                FieldKind.SELECT);
    }

    @Test
    @DisplayName("every BANT answer has its option, and both reason lists offer choices")
    void options() {
        assertThat(DealFieldSpecs.BANT_OPTIONS).allSatisfy(option -> assertThat(Arrays.stream(BantAnswer.values())
                .anyMatch(answer -> answer.name().equalsIgnoreCase(option))).isTrue());
        assertThat(DealFieldSpecs.BANT_OPTIONS).hasSize(BantAnswer.values().length);
        assertThat(DealFieldSpecs.all().get(7).options()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(DealFieldSpecs.all().get(8).options()).hasSizeGreaterThanOrEqualTo(3);
    }
}
