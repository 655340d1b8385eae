package org.salespipeline.history;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds a project's stage log from a change-history source in batches of deals: memory stays bounded,
 * progress is saved after every batch, a failed or interrupted run resumes after the last finished batch,
 * and running it again gives the same log. Each batch replaces its range of deals in one transaction, so the
 * figures read while it runs count every deal whole — as it was, or as rebuilt — and never a part of the project.
 */
public final class HistoryRebuild {

    // Deals written per transaction: large enough to save most of the statements, small enough to hold locks briefly.
    private static final int BATCH = 50;

    private final StageLog stageLog;
    private final RebuildProgressStore progressStore;
    private final Clock clock;

    public HistoryRebuild(StageLog stageLog, RebuildProgressStore progressStore, Clock clock) {
        this.stageLog = stageLog;
        this.progressStore = progressStore;
        this.clock = clock;
    }

    /** Runs the rebuild to its end (or resumes an unfinished one) and returns its final progress. */
    public RebuildProgress run(String projectKey, ChangeHistorySource source) {
        RebuildProgress progress;
        try {
            progress = resumable(projectKey).orElseGet(() -> start(projectKey, source));
        } catch (RuntimeException | LinkageError failure) {
            // Nothing was replaced: the log stays as it was.
            progressStore.save(RebuildProgress.started(projectKey, 0, clock.instant()).failed(clock.instant(), reason(failure)));
            throw failure;
        }
        progressStore.save(progress);
        RebuildProgress[] current = {progress};
        List<DealChanges> batch = new ArrayList<>(BATCH);
        try {
            source.deals(projectKey, progress.lastIssueId(), deal -> {
                batch.add(deal);
                if (batch.size() == BATCH) {
                    current[0] = write(projectKey, batch, current[0]);
                }
                return true;
            });
            current[0] = write(projectKey, batch, current[0]);
            // Deals logged after the last one the source delivered are gone from it.
            stageLog.replaceRange(projectKey, current[0].lastIssueId(), Long.MAX_VALUE, List.of());
        } catch (RuntimeException | LinkageError failure) {
            // A missing Jira method (a LinkageError) ends the run as failed too, never as forever running.
            progressStore.save(current[0].failed(clock.instant(), reason(failure)));
            throw failure;
        }
        RebuildProgress finished = current[0].finished(clock.instant());
        progressStore.save(finished);
        return finished;
    }

    private static String reason(Throwable failure) {
        if (failure instanceof SourceUnavailableException unavailable) {
            return unavailable.stored();
        }
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }

    /** Writes the batch, saves the progress it makes and empties it. */
    private RebuildProgress write(String projectKey, List<DealChanges> batch, RebuildProgress progress) {
        if (batch.isEmpty()) {
            return progress;
        }
        long through = batch.get(batch.size() - 1).facts().issueId();
        stageLog.replaceRange(projectKey, progress.lastIssueId(), through, batch);
        RebuildProgress advanced = progress;
        for (DealChanges deal : batch) {
            advanced = advanced.advanced(deal.facts().issueId(), clock.instant());
        }
        batch.clear();
        progressStore.save(advanced);
        return advanced;
    }

    private Optional<RebuildProgress> resumable(String projectKey) {
        return progressStore.find(projectKey).filter(p -> p.state() != RebuildProgress.State.FINISHED)
                .map(p -> new RebuildProgress(projectKey, RebuildProgress.State.RUNNING, p.total(), p.done(),
                        p.lastIssueId(), p.startedAt(), clock.instant(), null));
    }

    /** A fresh run keeps the log as it is until each batch replaces its deals. */
    private RebuildProgress start(String projectKey, ChangeHistorySource source) {
        return RebuildProgress.started(projectKey, source.count(projectKey), clock.instant());
    }
}
