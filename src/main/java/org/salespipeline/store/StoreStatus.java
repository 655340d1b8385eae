package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;

/** Answers whether the app's Active Objects store is reachable, by counting its pipelines. */
public class StoreStatus {

    private final ActiveObjects activeObjects;

    public StoreStatus(ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    public int pipelineCount() {
        return activeObjects.count(PipelineEntity.class);
    }
}
