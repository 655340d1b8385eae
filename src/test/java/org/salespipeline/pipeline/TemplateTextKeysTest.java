package org.salespipeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Message keys of the standard stages' texts")
class TemplateTextKeysTest {

    private static final Stage PROPOSAL = PipelineTemplate.FOUR_STAGE.stages().get(2);

    @Test
    @DisplayName("a template stage as shipped has a key for its name, its guidance and its exit criteria")
    void shippedStage() {
        assertThat(TemplateTextKeys.name(PROPOSAL)).hasValue("sales-pipeline.template.stage.PROPOSAL.name");
        assertThat(TemplateTextKeys.guidance(PROPOSAL)).hasValue("sales-pipeline.template.stage.PROPOSAL.guidance");
        assertThat(TemplateTextKeys.exitCriteria(PROPOSAL)).hasValue("sales-pipeline.template.stage.PROPOSAL.exit-criteria");
    }

    @Test
    @DisplayName("a renamed stage keeps its name as written but still gets its untouched guidance translated")
    void renamedStage() {
        Stage renamed = PROPOSAL.withName("Offer");
        assertThat(TemplateTextKeys.name(renamed)).isEmpty();
        assertThat(TemplateTextKeys.guidance(renamed)).hasValue("sales-pipeline.template.stage.PROPOSAL.guidance");
    }

    @Test
    @DisplayName("rewritten exit criteria and a stage an admin invented have no key")
    void rewrittenOrInvented() {
        Stage rewritten = new Stage("PROPOSAL", PROPOSAL.name(), 50, 21, PROPOSAL.guidance(), "Quote signed by the buyer.");
        assertThat(TemplateTextKeys.exitCriteria(rewritten)).isEmpty();
        Stage invented = new Stage("DEMO", "Proposal", 40, 10, PROPOSAL.guidance(), PROPOSAL.exitCriteria());
        assertThat(TemplateTextKeys.name(invented)).isEmpty();
        assertThat(TemplateTextKeys.guidance(invented)).isEmpty();
    }
}
