package org.salespipeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Editing a pipeline returns a new pipeline and leaves the old one unchanged")
class PipelineEditingTest {

    private final Pipeline original = new Pipeline("ACME", "Sales", "EUR",
            List.of(Stage.of("A", "Alpha", 10, 5), Stage.of("B", "Beta", 50, 10), Stage.of("C", "Gamma", 90, 3)));

    private static List<String> keys(Pipeline pipeline) {
        return pipeline.stages().stream().map(Stage::key).toList();
    }

    @Test
    void givenAStage_whenAddedAtAnIndex_thenItLandsThere() {
        Pipeline edited = original.addStage(1, Stage.of("NEW", "New", 20, 4));

        assertThat(keys(edited)).containsExactly("A", "NEW", "B", "C");
        assertThat(keys(original)).containsExactly("A", "B", "C");
        assertThat(edited.positionOf("NEW")).hasValue(2);
    }

    @Test
    void givenAnIndexOutOfRange_whenAdding_thenTheIndexIsReported() {
        assertThatThrownBy(() -> original.addStage(4, Stage.of("NEW", "New", 20, 4)))
                .isInstanceOf(InvalidPipelineException.class)
                .satisfies(e -> assertThat(((InvalidPipelineException) e).problems())
                        .extracting(Problem::field).containsExactly("index"));
    }

    @Test
    void givenADuplicateKey_whenAdding_thenTheEditIsRefused() {
        assertThatThrownBy(() -> original.addStage(0, Stage.of("B", "Again", 20, 4)))
                .isInstanceOf(InvalidPipelineException.class)
                .hasMessageContaining("stages[2].key");
    }

    @Test
    void givenAStage_whenRemoved_thenTheOthersKeepTheirOrder() {
        assertThat(keys(original.removeStage("B"))).containsExactly("A", "C");
    }

    @Test
    void givenTheLastStage_whenRemoved_thenThePipelineWouldBeEmptyAndIsRefused() {
        Pipeline single = original.removeStage("A").removeStage("B");

        assertThatThrownBy(() -> single.removeStage("C")).isInstanceOf(InvalidPipelineException.class)
                .hasMessageContaining("sales-pipeline.problem.no-open-stage");
    }

    @Test
    void givenAStage_whenRenamed_thenOnlyItsNameChanges() {
        Pipeline edited = original.renameStage("B", "Bravo");

        assertThat(edited.stage("B")).get().extracting(Stage::name, Stage::probability).containsExactly("Bravo", 50);
    }

    @Test
    void givenAStage_whenMoved_thenItEndsUpAtTheNewIndex() {
        assertThat(keys(original.moveStage("A", 2))).containsExactly("B", "C", "A");
        assertThat(keys(original.moveStage("C", 0))).containsExactly("C", "A", "B");
    }

    @Test
    void givenNewNumbers_whenUpdated_thenTheyAreValidated() {
        assertThat(original.updateStageNumbers("C", 95, 7).stage("C")).get()
                .extracting(Stage::probability, Stage::rotDays).containsExactly(95, 7);
        assertThatThrownBy(() -> original.updateStageNumbers("C", 101, -1))
                .isInstanceOf(InvalidPipelineException.class)
                .satisfies(e -> assertThat(((InvalidPipelineException) e).problems())
                        .extracting(Problem::field).containsExactly("stages[2].probability", "stages[2].rotDays"));
    }

    @Test
    void givenAnUnknownStageKey_whenEditing_thenTheKeyIsReported() {
        assertThatThrownBy(() -> original.renameStage("Z", "Zulu"))
                .isInstanceOf(InvalidPipelineException.class)
                .hasMessageContaining("stageKey").hasMessageContaining("Z");
    }

    @Test
    void givenANewPipelineName_whenRenamed_thenStagesAreKept() {
        Pipeline renamed = original.withName("Enterprise");

        assertThat(renamed.name()).isEqualTo("Enterprise");
        assertThat(renamed.stages()).isEqualTo(original.stages());
    }
}
