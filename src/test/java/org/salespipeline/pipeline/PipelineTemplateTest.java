package org.salespipeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Pipeline templates")
class PipelineTemplateTest {

    @Test
    @DisplayName("the seven-stage template has the standard stages with their default probability and rot days")
    void sevenStageDefaults() {
        List<Stage> stages = PipelineTemplate.byId("seven-stage").stages();

        assertThat(stages).extracting(Stage::key, Stage::name, Stage::probability, Stage::rotDays).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PROSPECTING", "Prospecting", 5, 14),
                org.assertj.core.groups.Tuple.tuple("QUALIFICATION", "Qualification", 10, 14),
                org.assertj.core.groups.Tuple.tuple("INITIAL_CONTACT", "Initial Contact", 20, 14),
                org.assertj.core.groups.Tuple.tuple("NEEDS_ASSESSMENT", "Needs Assessment", 30, 21),
                org.assertj.core.groups.Tuple.tuple("PROPOSAL", "Proposal", 50, 21),
                org.assertj.core.groups.Tuple.tuple("NEGOTIATION", "Negotiation", 70, 30),
                org.assertj.core.groups.Tuple.tuple("CLOSING", "Closing", 90, 14));
    }

    @Test
    @DisplayName("the smaller templates use the documented subsets of stage keys")
    void subsets() {
        assertThat(PipelineTemplate.byId("six-stage").stageKeys()).containsExactly(
                "PROSPECTING", "QUALIFICATION", "NEEDS_ASSESSMENT", "PROPOSAL", "NEGOTIATION", "CLOSING");
        assertThat(PipelineTemplate.byId("five-stage").stageKeys()).containsExactly(
                "PROSPECTING", "QUALIFICATION", "INITIAL_CONTACT", "PROPOSAL", "CLOSING");
        assertThat(PipelineTemplate.byId("four-stage").stageKeys()).containsExactly(
                "PROSPECTING", "QUALIFICATION", "PROPOSAL", "CLOSING");
    }

    @Test
    @DisplayName("a subset stage keeps the same defaults as in the seven-stage template")
    void subsetDefaults() {
        Stage proposalInFour = PipelineTemplate.FOUR_STAGE.stages().get(2);

        assertThat(proposalInFour).isEqualTo(PipelineTemplate.SEVEN_STAGE.stages().get(4));
    }

    @Test
    @DisplayName("default status names are the stage names followed by the three outcome statuses")
    void statusNames() {
        assertThat(PipelineTemplate.SEVEN_STAGE.statusNames()).containsExactly("Prospecting", "Qualification",
                "Initial Contact", "Needs Assessment", "Proposal", "Negotiation", "Closing",
                "Closed Won", "Closed Lost", "Disqualified");
        assertThat(PipelineTemplate.FOUR_STAGE.statusNames()).containsExactly("Prospecting", "Qualification",
                "Proposal", "Closing", "Closed Won", "Closed Lost", "Disqualified");
    }

    @ParameterizedTest
    @EnumSource(PipelineTemplate.class)
    @DisplayName("every template builds a valid pipeline whose default mapping covers its statuses completely")
    void completeMapping(PipelineTemplate template) {
        Pipeline pipeline = template.pipeline("ACME", "Sales", "USD");

        assertThat(template.defaultMapping().check(pipeline, template.statusNames()).isComplete()).isTrue();
        assertThat(PipelineTemplate.byId(template.id())).isSameAs(template);
    }

    @ParameterizedTest
    @EnumSource(PipelineTemplate.class)
    @DisplayName("every template stage carries guidance and exit criteria")
    void guidance(PipelineTemplate template) {
        assertThat(template.stages()).allSatisfy(stage -> {
            assertThat(stage.guidance()).isNotBlank();
            assertThat(stage.exitCriteria()).isNotBlank();
        });
    }

    @Test
    @DisplayName("an unknown template id is refused with the list of known ids")
    void unknownId() {
        assertThatThrownBy(() -> PipelineTemplate.byId("three-stage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("three-stage")
                .hasMessageContaining("seven-stage, six-stage, five-stage, four-stage");
    }
}
