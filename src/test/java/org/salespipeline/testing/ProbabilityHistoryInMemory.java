package org.salespipeline.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.configuration.PipelineSettings;
import org.salespipeline.configuration.ProbabilityChange;
import org.salespipeline.configuration.ProbabilityHistory;
import org.salespipeline.history.StageLog;

/** A probability history kept in memory, for specifications that save set-ups without a store. */
public final class ProbabilityHistoryInMemory implements ProbabilityHistory {

    /** The instant the settings of {@link #settings} save at. */
    public static final Instant SAVED_AT = Instant.parse("2026-01-05T09:00:00Z");

    private final Map<String, List<ProbabilityChange>> changes = new ConcurrentHashMap<>();

    @Override
    public void record(String projectKey, List<ProbabilityChange> more) {
        changes.computeIfAbsent(projectKey, key -> new ArrayList<>()).addAll(more);
    }

    @Override
    public List<ProbabilityChange> changes(String projectKey) {
        return List.copyOf(changes.getOrDefault(projectKey, List.of()));
    }

    /** Settings that keep their probabilities here, saved by {@code admin} at {@link #SAVED_AT}. */
    public PipelineSettings settings(PipelineDirectory directory, StageLog stageLog) {
        return new PipelineSettings(directory, stageLog, this, () -> java.util.Optional.of("admin"),
                Clock.fixed(SAVED_AT, ZoneOffset.UTC));
    }
}
