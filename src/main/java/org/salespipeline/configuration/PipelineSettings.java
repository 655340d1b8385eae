package org.salespipeline.configuration;

import java.util.List;
import java.util.Optional;
import org.salespipeline.pipeline.FiscalCalendar;
import org.salespipeline.pipeline.Stage;
import org.salespipeline.history.StageLog;

/**
 * Saves a project's pipeline set-up; when its stages or status mapping change, the logged deals are derived again.
 * Also the place to ask for a project's calendar.
 */
public class PipelineSettings implements PipelineCalendars {

    private final PipelineDirectory directory;
    private final StageLog stageLog;

    public PipelineSettings(PipelineDirectory directory, StageLog stageLog) {
        this.directory = directory;
        this.stageLog = stageLog;
    }

    /** The project's set-up as saved. */
    public Optional<PipelineConfig> find(String projectKey) {
        return directory.find(projectKey);
    }

    @Override
    public FiscalCalendar calendar(String projectKey) {
        return directory.find(projectKey).map(PipelineConfig::calendar).orElse(FiscalCalendar.DEFAULT);
    }

    /** Stores the set-up and returns how many logged deals had to be derived again (0 when none had to be). */
    public int save(PipelineConfig config) {
        Optional<PipelineConfig> before = directory.find(config.projectKey());
        directory.save(config);
        // Positions, stays and outcomes depend on the stage order and the mapping, not on names or numbers.
        boolean derivationChanged = before.isEmpty()
                || !stageKeys(before.get()).equals(stageKeys(config))
                || !before.get().mapping().equals(config.mapping());
        return derivationChanged ? stageLog.rederive(config.projectKey()) : 0;
    }

    private static List<String> stageKeys(PipelineConfig config) {
        return config.pipeline().stages().stream().map(Stage::key).toList();
    }
}
