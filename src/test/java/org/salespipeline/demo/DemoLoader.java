package org.salespipeline.demo;

import java.time.Instant;
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

    /** Loads the data file when given (replacing what the store held), or the default data into an empty store. */
    static HistoryFile load(ApplicationContext app, DemoOptions options, Instant now) {
        PipelineDirectory pipelines = app.getBean(PipelineDirectory.class);
        HistoryFile data = options.dataFile() != null ? HistoryFileReader.read(options.dataFile()) : DemoData.defaults(now);
        if (options.dataFile() == null && !pipelines.all().isEmpty()) {
            return data;
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
        return data;
    }
}
