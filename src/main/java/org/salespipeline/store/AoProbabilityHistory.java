package org.salespipeline.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.java.ao.DBParam;
import org.salespipeline.configuration.ProbabilityChange;
import org.salespipeline.configuration.ProbabilityHistory;

/** The probability history in Active Objects: one row per saved change of one stage's probability. */
public class AoProbabilityHistory implements ProbabilityHistory {

    private final ActiveObjects ao;

    public AoProbabilityHistory(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(String projectKey, List<ProbabilityChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            for (ProbabilityChange change : changes) {
                ProbabilityChangeEntity row = ao.create(ProbabilityChangeEntity.class,
                        new DBParam("PROJECT_KEY", projectKey), new DBParam("STAGE_KEY", change.stageKey()));
                row.setProbability(change.probability());
                row.setChangedAt(change.at().toEpochMilli());
                row.setUserKey(change.userKey());
                row.save();
            }
            return null;
        });
    }

    @Override
    public List<ProbabilityChange> changes(String projectKey) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ProbabilityChangeEntity.class, "PROJECT_KEY = ?",
                        projectKey))
                // Ordered here: by instant, then in the order the rows were written.
                .sorted(Comparator.comparingLong(ProbabilityChangeEntity::getChangedAt)
                        .thenComparingInt(ProbabilityChangeEntity::getID))
                .map(row -> new ProbabilityChange(row.getStageKey(), row.getProbability(),
                        Instant.ofEpochMilli(row.getChangedAt()), row.getUserKey()))
                .toList());
    }
}
