package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.metrics.PipelineSummary;
import org.salespipeline.metrics.StageValue;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.StageTexts;
import org.salespipeline.text.BundleTexts;

/** The gadgets' stage names: a template stage in the user's language, a renamed stage as the admin named it. */
class MetricsJsonStageNamesTest {

    private static final Pipeline SEVEN = PipelineTemplate.SEVEN_STAGE.pipeline("ACME", "Sales", "EUR");

    private static List<String> names(Pipeline pipeline, org.salespipeline.text.Texts texts) {
        PipelineSummary summary = new PipelineSummary(pipeline.stages().stream()
                .map(stage -> new StageValue(stage.key(), 1, 10.0, 5.0)).toList(), 7, 70.0, 35.0);
        return MetricsJson.Summary.of(StageTexts.named(pipeline, texts), Instant.parse("2026-03-02T00:00:00Z"), summary)
                .stages().stream().map(MetricsJson.SummaryStage::name).toList();
    }

    @Test
    @DisplayName("a Hebrew user gets the template stages' Hebrew names in the gadget JSON, an English user the stored"
            + " names, and a renamed stage keeps its own name")
    void stageNamesInTheUsersLanguage() {
        Properties he = BundleTexts.load(Path.of("i18n/sales-pipeline_he.properties"));
        Properties messages = BundleTexts.load(Path.of("i18n/sales-pipeline.properties"));
        messages.putAll(he);
        BundleTexts hebrew = new BundleTexts(messages);

        assertThat(names(SEVEN, BundleTexts.ENGLISH)).isEqualTo(SEVEN.stages().stream().map(s -> s.name()).toList());
        assertThat(names(SEVEN, hebrew)).contains(he.getProperty("sales-pipeline.template.stage.PROPOSAL.name"))
                .doesNotContain("Proposal");
        Pipeline renamed = new Pipeline("ACME", "Sales", "EUR", SEVEN.stages().stream()
                .map(stage -> stage.key().equals("PROPOSAL") ? stage.withName("Offer sent") : stage).toList());
        assertThat(names(renamed, hebrew)).contains("Offer sent",
                he.getProperty("sales-pipeline.template.stage.NEGOTIATION.name"));
    }
}
