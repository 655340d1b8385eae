package org.salespipeline.configuration;

import java.util.List;
import java.util.function.Supplier;

/** The keys of the projects that have a pipeline, for jobs that visit every pipeline. */
public class PipelineProjects implements Supplier<List<String>> {

    private final PipelineDirectory directory;

    public PipelineProjects(PipelineDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<String> get() {
        return directory.all().stream().map(PipelineConfig::projectKey).toList();
    }
}
