package org.salespipeline.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a reason is recorded: an option by id with its name then, other text, and reasons recorded as text before. */
class ReasonsTest {

    @Test
    @DisplayName("an option is recorded by its id and the name it had, and read back as both")
    void optionById() {
        String recorded = Reasons.option("10301", "Price");

        assertThat(recorded).isEqualTo("option:10301:Price");
        assertThat(Reasons.optionId(recorded)).contains(10301L);
        assertThat(Reasons.recordedName(recorded)).isEqualTo("Price");
    }

    @Test
    @DisplayName("a reason recorded as text (as every reason was before options were kept by id) stays that text")
    void textStaysText() {
        assertThat(Reasons.optionId("Price")).isEmpty();
        assertThat(Reasons.recordedName("Price")).isEqualTo("Price");
        assertThat(Reasons.option(null, " Budget cut ")).isEqualTo("Budget cut");
        assertThat(Reasons.option("Budget cut", "Budget cut")).isEqualTo("Budget cut");
        assertThat(Reasons.option(null, " ")).isNull();
        assertThat(Reasons.recordedName(null)).isNull();
    }

    @Test
    @DisplayName("a long option name is cut to the reason column's 255 characters; the id is kept whole")
    void longNamesAreCut() {
        String recorded = Reasons.option("10301", "x".repeat(300));

        assertThat(recorded).hasSize(255);
        assertThat(Reasons.optionId(recorded)).contains(10301L);
    }
}
