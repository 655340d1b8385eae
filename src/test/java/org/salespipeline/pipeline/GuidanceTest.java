package org.salespipeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stage guidance")
class GuidanceTest {

    private static int sentences(String text) {
        return text.split("(?<=\\.)\\s+").length;
    }

    @Test
    @DisplayName("each of the seven standard stages has two to four sentences of advice and short exit criteria")
    void everyStandardStage() {
        for (String key : PipelineTemplate.SEVEN_STAGE.stageKeys()) {
            Guidance guidance = Guidance.forStageKey(key).orElseThrow();

            assertThat(sentences(guidance.advice())).as(key).isBetween(2, 4);
            assertThat(guidance.exitCriteria()).as(key).isNotBlank().hasSizeLessThan(120);
        }
    }

    @Test
    @DisplayName("qualification advice mentions BANT, and a stage an admin invented has no shipped guidance")
    void content() {
        assertThat(Guidance.forStageKey("QUALIFICATION").orElseThrow().advice()).contains("BANT");
        assertThat(Guidance.forStageKey("DEMO")).isEmpty();
    }
}
