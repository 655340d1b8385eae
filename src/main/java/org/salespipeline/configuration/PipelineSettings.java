package org.salespipeline.configuration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.history.StageLog;

/**
 * Saves a project's pipeline set-up; when its stages or status mapping change, the logged deals are derived again, and
 * every stage probability it sets anew is kept in the probability history.
 */
public class PipelineSettings {

    private final PipelineDirectory directory;
    private final StageLog stageLog;
    private final ProbabilityHistory probabilities;
    private final SetUpEditor editor;
    private final Clock clock;

    public PipelineSettings(PipelineDirectory directory, StageLog stageLog, ProbabilityHistory probabilities,
            SetUpEditor editor, Clock clock) {
        this.directory = directory;
        this.stageLog = stageLog;
        this.probabilities = probabilities;
        this.editor = editor;
        this.clock = clock;
    }

    /** The project's set-up as saved. */
    public Optional<PipelineConfig> find(String projectKey) {
        return directory.find(projectKey);
    }

    /** Stores the set-up and returns how many logged deals had to be derived again (0 when none had to be). */
    public int save(PipelineConfig config) {
        Optional<PipelineConfig> before = directory.find(config.projectKey());
        directory.save(config);
        probabilities.record(config.projectKey(), changedProbabilities(before, config));
        // Positions, stays and outcomes depend on the stage order and the mapping, not on names or numbers.
        boolean derivationChanged = before.isEmpty()
                || !stageKeys(before.get()).equals(stageKeys(config))
                || !before.get().mapping().equals(config.mapping());
        return derivationChanged ? stageLog.rederive(config.projectKey()) : 0;
    }

    private static List<String> stageKeys(PipelineConfig config) {
        return config.pipeline().stages().stream().map(Stage::key).toList();
    }

    /** Each stage whose probability the set-up sets anew: a new stage, or one whose probability differs from before. */
    private List<ProbabilityChange> changedProbabilities(Optional<PipelineConfig> before, PipelineConfig config) {
        Instant now = clock.instant();
        String userKey = editor.userKey().orElse(null);
        List<ProbabilityChange> changes = new ArrayList<>();
        for (Stage stage : config.pipeline().stages()) {
            boolean same = before.flatMap(b -> b.pipeline().stage(stage.key()))
                    .filter(old -> old.probability() == stage.probability()).isPresent();
            if (!same) {
                changes.add(new ProbabilityChange(stage.key(), stage.probability(), now, userKey));
            }
        }
        return changes;
    }
}
