package org.salespipeline.history;

import java.util.Optional;

/** Where the progress of each project's stage-log rebuild is kept, so that any node can show it or resume it. */
public interface RebuildProgressStore {

    Optional<RebuildProgress> find(String projectKey);

    void save(RebuildProgress progress);
}
