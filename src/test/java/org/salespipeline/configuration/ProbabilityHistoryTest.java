package org.salespipeline.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.history.StageLog;
import org.salespipeline.pipeline.Pipeline;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.testing.ProbabilityHistoryInMemory;

/** Set-up changes keep each probability they set anew, and a set-up reads as it was saved at an instant. */
class ProbabilityHistoryTest {

    private static final Instant SAVED = ProbabilityHistoryInMemory.SAVED_AT;
    private final ProbabilityHistoryInMemory history = new ProbabilityHistoryInMemory();
    private final PipelineSettings settings = history.settings(directory(), stageLog());
    private final PipelineConfig acme = PipelineConfig.fromTemplate(PipelineTemplate.SEVEN_STAGE, "ACME", "Sales", "USD");

    @Test
    @DisplayName("the first save of a set-up keeps every stage's probability, an edit only those it changes")
    void setUpChangesKeepTheProbabilitiesTheySet() {
        settings.save(acme);
        assertThat(history.changes("ACME")).hasSize(7).allMatch(c -> c.at().equals(SAVED) && "admin".equals(c.userKey()));
        assertThat(history.changes("ACME")).extracting(ProbabilityChange::probability)
                .containsExactly(5, 10, 20, 30, 50, 70, 90);

        settings.save(acme.withPipeline(acme.pipeline().updateStageNumbers("PROPOSAL", 42, 21)
                .updateStageNumbers("CLOSING", 90, 3).renameStage("NEGOTIATION", "Haggling")));

        assertThat(history.changes("ACME")).as("rot days and names are not probabilities").hasSize(8)
                .last().isEqualTo(new ProbabilityChange("PROPOSAL", 42, SAVED, "admin"));
    }

    @Test
    @DisplayName("as of T a stage has the probability of its last change before T, else today's")
    void configuredAtAnInstant() {
        Pipeline today = acme.pipeline().updateStageNumbers("PROPOSAL", 35, 21);
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        List<ProbabilityChange> changes = List.of(
                new ProbabilityChange("PROPOSAL", 60, t.minusSeconds(7_200), "admin"),
                new ProbabilityChange("PROPOSAL", 55, t.minusSeconds(3_600), "admin"),
                new ProbabilityChange("PROPOSAL", 35, t, "admin"),
                new ProbabilityChange("CLOSING", 80, t.plusSeconds(1), "admin"));

        Pipeline asOf = ProbabilityChange.configuredAt(today, changes, t);

        assertThat(asOf.stage("PROPOSAL").orElseThrow().probability()).as("the change at T comes after").isEqualTo(55);
        assertThat(asOf.stage("CLOSING").orElseThrow().probability()).as("changed only after T: today's").isEqualTo(90);
        assertThat(ProbabilityChange.configuredAt(today, changes, t.minusSeconds(8_000)).stage("PROPOSAL")
                .orElseThrow().probability()).as("before the first change: today's").isEqualTo(35);
        assertThat(asOf.stages()).extracting(s -> s.key()).isEqualTo(today.stages().stream().map(s -> s.key()).toList());
    }

    private static PipelineDirectory directory() {
        Map<String, PipelineConfig> saved = new HashMap<>();
        return new PipelineDirectory() {
            @Override
            public Optional<PipelineConfig> find(String projectKey) {
                return Optional.ofNullable(saved.get(projectKey));
            }

            @Override
            public List<PipelineConfig> all() {
                return List.copyOf(saved.values());
            }

            @Override
            public void save(PipelineConfig config) {
                saved.put(config.projectKey(), config);
            }

            @Override
            public void delete(String projectKey) {
                saved.remove(projectKey);
            }
        };
    }

    private static StageLog stageLog() {
        return (StageLog) Proxy.newProxyInstance(StageLog.class.getClassLoader(), new Class<?>[] {StageLog.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rederive")) {
                        return 0;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
