package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.text.BundleTexts;
import org.salespipeline.text.Texts;

/** The stage names the gadgets and the board list a pipeline's stages by. */
class PipelinesResourceStageNamesTest {

    private static final AccessPolicy ANYONE = new AccessPolicy() {
        @Override
        public Optional<String> currentUser() {
            return Optional.of("dana");
        }

        @Override
        public boolean canBrowseProject(String projectKey) {
            return true;
        }

        @Override
        public boolean canBrowseDeal(String issueKey) {
            return true;
        }

        @Override
        public boolean canEditDeal(String issueKey) {
            return false;
        }

        @Override
        public boolean isAdmin() {
            return false;
        }
    };

    private static List<String> names(PipelineConfig config, Texts texts) {
        PipelineDirectory one = new PipelineDirectory() {
            @Override
            public Optional<PipelineConfig> find(String projectKey) {
                return Optional.of(config);
            }

            @Override
            public List<PipelineConfig> all() {
                return List.of(config);
            }

            @Override
            public void save(PipelineConfig saved) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete(String projectKey) {
                throw new UnsupportedOperationException();
            }
        };
        return new PipelinesResource(one, ANYONE, texts).list().pipelines().get(0).stages().stream()
                .map(PipelinesResource.StageName::name).toList();
    }

    @Test
    @DisplayName("a Hebrew user gets the template stages' Hebrew names, an English user the stored names, and a renamed"
            + " stage keeps its own name")
    void stageNamesInTheUsersLanguage() {
        Properties he = BundleTexts.load(Path.of("i18n/sales-pipeline_he.properties"));
        Properties messages = BundleTexts.load(Path.of("i18n/sales-pipeline.properties"));
        messages.putAll(he);
        BundleTexts hebrew = new BundleTexts(messages);
        PipelineConfig acme = PipelineConfig.fromTemplate(PipelineTemplate.byId("five-stage"), "ACME", "Acme sales", "USD");

        assertThat(names(acme, BundleTexts.ENGLISH)).isEqualTo(acme.pipeline().stages().stream().map(s -> s.name()).toList());
        assertThat(names(acme, hebrew)).contains(he.getProperty("sales-pipeline.template.stage.PROPOSAL.name"))
                .doesNotContain("Proposal");
        PipelineConfig renamed = new PipelineConfig(new org.salespipeline.pipeline.Pipeline("ACME", "Acme sales", "USD",
                acme.pipeline().stages().stream().map(s -> s.key().equals("PROPOSAL") ? s.withName("Offer sent") : s)
                        .toList()), acme.mapping(), acme.policy(), acme.checklists());
        assertThat(names(renamed, hebrew)).contains("Offer sent")
                .contains(he.getProperty("sales-pipeline.template.stage.QUALIFICATION.name"));
    }
}
