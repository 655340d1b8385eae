package org.salespipeline.pipeline;

import org.salespipeline.text.BundleTexts.Said;
import static org.salespipeline.text.BundleTexts.said;
import static org.salespipeline.text.BundleTexts.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pipeline validation")
class PipelineValidationTest {

    private static final List<Stage> TWO_STAGES = List.of(Stage.of("LEAD", "Lead", 10, 7), Stage.of("DEAL", "Deal", 60, 14));

    private static Pipeline pipeline() {
        return new Pipeline("ACME", "Sales", "EUR", TWO_STAGES);
    }

    private static List<Problem> problemsOf(List<Stage> stages) {
        return PipelineValidator.validate("ACME", "Sales", "EUR", stages);
    }

    @Test
    @DisplayName("a well-formed pipeline has no problems")
    void validPipeline() {
        assertThat(problemsOf(TWO_STAGES)).isEmpty();
        assertThat(pipeline().size()).isEqualTo(2);
        assertThat(pipeline().wonPosition()).isEqualTo(3);
    }

    @Test
    @DisplayName("a pipeline without stages is reported once on the stages field")
    void noStages() {
        assertThat(problemsOf(List.of())).extracting(Problem::field).containsExactly("stages");
    }

    @Test
    @DisplayName("every broken field of every stage gets exactly one message with its path")
    void oneMessagePerProblem() {
        List<Stage> stages = List.of(
                Stage.of("LEAD", "Lead", 10, 7),
                Stage.of("LEAD", " ", 101, -1),
                Stage.of("bad key", "x".repeat(81), -5, 0));

        List<Problem> problems = problemsOf(stages);

        assertThat(problems).extracting(Problem::field).containsExactly(
                "stages[1].key", "stages[1].name", "stages[1].probability", "stages[1].rotDays",
                "stages[2].key", "stages[2].name", "stages[2].probability", "stages[2].rotDays");
        assertThat(english(problems.get(0).message())).isEqualTo("Stage key LEAD is already used by stages[0]");
        assertThat(english(problems.get(2).message())).isEqualTo("Probability must be a whole number from 0 to 100, not 101.");
        assertThat(english(problems.get(3).message())).isEqualTo("Rot days must be a whole number from 1 to 3650, not -1.");
        assertThat(english(problems.get(5).message())).contains("at most 80 characters");
    }

    @Test
    @DisplayName("pipeline name, project key and currency are checked too")
    void pipelineFields() {
        List<Problem> problems = PipelineValidator.validate("acme", "", "EURO", TWO_STAGES);

        assertThat(problems).extracting(Problem::field).containsExactly("projectKey", "name", "currency");
    }

    @Test
    @DisplayName("names of exactly 80 characters once trimmed, probabilities 0 and 100 and rot days 1 and 3650 are accepted")
    void boundaries() {
        List<Stage> stages = List.of(Stage.of("A", " " + "n".repeat(80) + " ", 0, 1), Stage.of("B_2", "Other", 100, 3650));

        assertThat(PipelineValidator.validate("ACME", "p".repeat(80), "USD", stages)).isEmpty();
        assertThat(problemsOf(List.of(Stage.of("A", "A", 0, 0), Stage.of("B", "B", 100, 3651))))
                .extracting(Problem::field).containsExactly("stages[0].rotDays", "stages[1].rotDays");
    }

    @Test
    @DisplayName("two stages may not share a name, compared trimmed and without regard to case")
    void duplicateNames() {
        List<Problem> problems = problemsOf(List.of(Stage.of("A", "Prospecting", 5, 14), Stage.of("B", "Proposal", 50, 21),
                Stage.of("C", " PROSPECTING ", 10, 14)));

        assertThat(said(problems)).containsExactly(new Said("stages[2].name", "Stage name PROSPECTING is already used by stages[0]"));
    }

    @Test
    @DisplayName("a stage key longer than 40 characters is refused")
    void longKey() {
        assertThat(problemsOf(List.of(Stage.of("K" + "X".repeat(40), "Long", 5, 1))))
                .extracting(Problem::field).containsExactly("stages[0].key");
        assertThat(problemsOf(List.of(Stage.of("K" + "X".repeat(39), "Long", 5, 1)))).isEmpty();
    }

    @Test
    @DisplayName("a missing stage is reported instead of failing with a null pointer")
    void nullStage() {
        List<Stage> stages = new ArrayList<>(TWO_STAGES);
        stages.add(null);

        assertThat(said(problemsOf(stages))).containsExactly(new Said("stages[2]", "Stage is missing"));
    }

    @Test
    @DisplayName("constructing an invalid pipeline throws with all problems")
    void constructorThrows() {
        assertThatThrownBy(() -> new Pipeline("ACME", "", "EUR", List.of(Stage.of("A", "A", 200, 1))))
                .isInstanceOf(InvalidPipelineException.class)
                .satisfies(e -> assertThat(((InvalidPipelineException) e).problems())
                        .extracting(Problem::field).containsExactly("name", "stages[0].probability"));
    }
}
