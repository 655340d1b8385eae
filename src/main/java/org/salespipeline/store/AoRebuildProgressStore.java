package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import net.java.ao.DBParam;
import org.salespipeline.history.RebuildProgress;
import org.salespipeline.history.RebuildProgressStore;

/** Keeps each project's rebuild progress in one Active Objects row, visible to every cluster node. */
public class AoRebuildProgressStore implements RebuildProgressStore {

    private final ActiveObjects ao;

    public AoRebuildProgressStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<RebuildProgress> find(String projectKey) {
        return ao.executeInTransaction(() -> row(projectKey).map(row -> new RebuildProgress(row.getProjectKey(),
                RebuildProgress.State.valueOf(row.getState()), row.getTotal(), row.getDone(), row.getLastIssueId(),
                Instant.ofEpochMilli(row.getStartedAt()), Instant.ofEpochMilli(row.getUpdatedAt()), row.getMessage())));
    }

    @Override
    public void save(RebuildProgress progress) {
        ao.executeInTransaction(() -> {
            RebuildEntity row = row(progress.projectKey()).orElseGet(() -> ao.create(RebuildEntity.class,
                    new DBParam("PROJECT_KEY", progress.projectKey()), new DBParam("STATE", progress.state().name())));
            row.setState(progress.state().name());
            row.setTotal(progress.total());
            row.setDone(progress.done());
            row.setLastIssueId(progress.lastIssueId());
            row.setStartedAt(progress.startedAt().toEpochMilli());
            row.setUpdatedAt(progress.updatedAt().toEpochMilli());
            row.setMessage(progress.message());
            row.save();
            return null;
        });
    }

    private Optional<RebuildEntity> row(String projectKey) {
        return Arrays.stream(ao.find(RebuildEntity.class, "PROJECT_KEY = ?", projectKey)).findFirst();
    }
}
