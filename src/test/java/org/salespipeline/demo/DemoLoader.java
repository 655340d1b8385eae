package org.salespipeline.demo;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.demo.data.FileHistorySource;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.demo.data.HistoryFileReader;
import org.salespipeline.demo.data.PipelineSpec;
import org.salespipeline.history.HistoryRebuild;
import org.salespipeline.history.StageLog;
import org.springframework.context.ApplicationContext;

/** Fills the demo host's store through the app's own set-up and rebuild services. */
final class DemoLoader {

    private DemoLoader() {
    }

    /** The history file when one is given, else the default data. */
    static HistoryFile data(DemoOptions options, Instant now) {
        return options.dataFile() != null ? HistoryFileReader.read(options.dataFile()) : DemoData.defaults(now);
    }

    /**
     * Loads a given data file (replacing what the store held); keeps what the store holds when it already
     * has the data's pipelines, and otherwise loads the data.
     */
    static void load(ApplicationContext app, DemoOptions options, HistoryFile data) {
        PipelineDirectory pipelines = app.getBean(PipelineDirectory.class);
        Set<String> stored = pipelines.all().stream().map(PipelineConfig::projectKey).collect(Collectors.toSet());
        Set<String> wanted = data.pipelines().stream().map(PipelineSpec::project).collect(Collectors.toSet());
        if (options.dataFile() == null && stored.equals(wanted)) {
            return;
        }
        StageLog stageLog = app.getBean(StageLog.class);
        for (var config : pipelines.all()) {
            stageLog.forgetProject(config.projectKey());
            pipelines.delete(config.projectKey());
        }
        HistoryRebuild rebuild = app.getBean(HistoryRebuild.class);
        FileHistorySource source = new FileHistorySource(data);
        for (PipelineSpec pipeline : data.pipelines()) {
            pipelines.save(pipeline.config());
            rebuild.run(pipeline.project(), source);
        }
    }
}
