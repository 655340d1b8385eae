package org.salespipeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Status mapping")
class StatusMappingTest {

    private final Pipeline pipeline = PipelineTemplate.FOUR_STAGE.pipeline("ACME", "Sales", "EUR");

    private static MappedStatus line(String status, String stageKey) {
        return new MappedStatus(status, StageRef.stage(stageKey));
    }

    private static MappedStatus line(String status, Outcome outcome) {
        return new MappedStatus(status, StageRef.outcome(outcome));
    }

    @Test
    @DisplayName("a mapped status looks up its stage or outcome; an unmapped one gives nothing")
    void lookup() {
        StatusMapping mapping = new StatusMapping(List.of(line("10001", "PROSPECTING"), line("10009", Outcome.WON)));

        assertThat(mapping.lookup("10001")).contains(StageRef.stage("PROSPECTING"));
        assertThat(mapping.lookup("10009")).contains(StageRef.outcome(Outcome.WON));
        assertThat(mapping.lookup("99999")).isEmpty();
    }

    @Test
    @DisplayName("in a pipeline, a status stands for its stage or outcome; no status, an unmapped one and one mapped to a"
            + " stage the pipeline lacks stand for nothing")
    void target() {
        StatusMapping mapping = new StatusMapping(List.of(line("10001", "PROSPECTING"), line("10002", "DEMO"),
                line("10009", Outcome.WON)));

        assertThat(mapping.target("10001", pipeline)).contains(StageRef.stage("PROSPECTING"));
        assertThat(mapping.target("10009", pipeline)).contains(StageRef.outcome(Outcome.WON));
        assertThat(mapping.target("10002", pipeline)).isEmpty();
        assertThat(mapping.target("99999", pipeline)).isEmpty();
        assertThat(mapping.target(null, pipeline)).isEmpty();
    }

    @Test
    @DisplayName("a status mapped to two different targets is reported and never guessed")
    void doublyMapped() {
        StatusMapping mapping = new StatusMapping(List.of(line("Open", "PROSPECTING"), line("Open", "QUALIFICATION")));

        assertThat(mapping.lookup("Open")).isEmpty();
        assertThat(mapping.check(pipeline, List.of("Open")).doublyMappedStatuses()).containsExactly("Open");
    }

    @Test
    @DisplayName("the report lists unmapped statuses, stages and outcomes without status, and unknown stage keys")
    void report() {
        StatusMapping mapping = new StatusMapping(List.of(
                line("Lead", "PROSPECTING"),
                line("Qualifying", "QUALIFICATION"),
                line("Demo", "DEMO"),
                line("Won", Outcome.WON),
                line("Gone", Outcome.LOST)));

        MappingReport report = mapping.check(pipeline, List.of("Lead", "Qualifying", "Demo", "Won", "Backlog"));

        assertThat(report.unmappedStatuses()).containsExactly("Backlog");
        assertThat(report.unknownStageTargets()).containsExactly(line("Demo", "DEMO"));
        assertThat(report.stagesWithoutStatus()).containsExactly(StageRef.stage("PROPOSAL"), StageRef.stage("CLOSING"),
                StageRef.outcome(Outcome.LOST), StageRef.outcome(Outcome.DISQUALIFIED));
        assertThat(report.doublyMappedStatuses()).isEmpty();
        assertThat(report.isComplete()).isFalse();
    }

    @Test
    @DisplayName("a stage reference is either a stage key or an outcome and prints as such")
    void stageRef() {
        assertThat(StageRef.stage("PROPOSAL")).hasToString("PROPOSAL");
        assertThat(StageRef.outcome(Outcome.LOST)).hasToString("LOST");
        assertThat(StageRef.outcome(Outcome.LOST).isOpenStage()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StageRef("A", Outcome.WON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
