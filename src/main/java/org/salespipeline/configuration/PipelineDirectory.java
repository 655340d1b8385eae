package org.salespipeline.configuration;

import java.util.List;
import java.util.Optional;

/** Where pipeline set-ups are kept: one per Jira project. */
public interface PipelineDirectory {

    Optional<PipelineConfig> find(String projectKey);

    List<PipelineConfig> all();

    /** Creates or replaces the set-up of the config's project. */
    void save(PipelineConfig config);

    void delete(String projectKey);
}
