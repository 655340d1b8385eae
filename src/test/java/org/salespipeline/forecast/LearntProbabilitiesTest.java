package org.salespipeline.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.configuration.PipelineSettings;
import org.salespipeline.configuration.ProbabilityChange;
import org.salespipeline.history.StageLog;
import org.salespipeline.metrics.DealRecord;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.testing.ProbabilityHistoryInMemory;

/** Adopting the learnt probabilities: rounded to whole percent, fallbacks kept, saved into the probability history. */
class LearntProbabilitiesTest {

    private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    @DisplayName("each stage with enough closed deals takes its learnt value to a whole percent; the others keep theirs")
    void adoptsRoundedLearntValues() {
        Map<String, PipelineConfig> saved = new HashMap<>();
        ProbabilityHistoryInMemory history = new ProbabilityHistoryInMemory();
        PipelineSettings settings = history.settings(directory(saved), stageLog());
        PipelineConfig acme = PipelineConfig.fromTemplate(PipelineTemplate.SEVEN_STAGE, "ACME", "Sales", "USD");
        settings.save(acme);
        List<DealRecord> deals = KnownHistory.generate(7L, 1_200, T, 730);
        Calibrations calibrations = new Calibrations(directory(saved), history,
                ReferenceWinProbabilities.of(KnownHistory.MAPPING, deals));
        List<StageCalibration> learnt = calibrations.calibration(acme.pipeline(), T, 365);

        PipelineConfig adopted = new LearntProbabilities(calibrations, settings).adopt(acme, T, 365);

        for (StageCalibration stage : learnt) {
            int expected = stage.fallback() ? stage.configured() : (int) Math.round(stage.winProbability());
            assertThat(adopted.pipeline().stage(stage.key()).map(Stage::probability)).as(stage.key())
                    .contains(expected);
        }
        assertThat(learnt).as("most stages learnt theirs here").filteredOn(s -> !s.fallback()).hasSizeGreaterThan(4);
        assertThat(saved.get("ACME")).as("saved as any set-up change").isEqualTo(adopted);
        List<ProbabilityChange> changes = history.changes("ACME");
        assertThat(changes.subList(7, changes.size())).as("kept in the probability history")
                .allMatch(c -> adopted.pipeline().stage(c.stageKey()).orElseThrow().probability() == c.probability())
                .isNotEmpty();
        assertThat(new LearntProbabilities(calibrations, settings).adopt(adopted, T, 365)).as("adopting again: no change")
                .isEqualTo(adopted);
        assertThat(history.changes("ACME")).hasSameSizeAs(changes);
    }

    @Test
    @DisplayName("halves round up")
    void halvesRoundUp() {
        assertThat(LearntProbabilities.rounded(new StageCalibration("P", 50, 42.5, 20, 8, 30, 55, false, 10)))
                .isEqualTo(43);
        assertThat(LearntProbabilities.rounded(new StageCalibration("P", 50, 42.49, 20, 8, 30, 55, false, 10)))
                .isEqualTo(42);
    }

    private static PipelineDirectory directory(Map<String, PipelineConfig> saved) {
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
