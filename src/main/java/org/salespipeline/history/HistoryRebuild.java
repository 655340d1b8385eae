package org.salespipeline.history;

import java.time.Clock;
import java.util.Optional;

/**
 * Rebuilds a project's stage log from a change-history source, one deal at a time: memory stays bounded,
 * progress is saved after every deal, a failed or interrupted run resumes after the last finished deal,
 * and running it again gives the same log.
 */
public final class HistoryRebuild {

    private static final int SAVE_EVERY = 50;

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
        RebuildProgress progress = resumable(projectKey).orElseGet(() -> start(projectKey, source));
        progressStore.save(progress);
        RebuildProgress[] current = {progress};
        try {
            source.deals(projectKey, progress.lastIssueId(), deal -> {
                stageLog.replace(projectKey, deal.facts(), deal.changes());
                current[0] = current[0].advanced(deal.facts().issueId(), clock.instant());
                if (current[0].done() % SAVE_EVERY == 0) {
                    progressStore.save(current[0]);
                }
                return true;
            });
        } catch (RuntimeException failure) {
            progressStore.save(current[0].failed(clock.instant(), failure.getMessage()));
            throw failure;
        }
        RebuildProgress finished = current[0].finished(clock.instant());
        progressStore.save(finished);
        return finished;
    }

    private Optional<RebuildProgress> resumable(String projectKey) {
        return progressStore.find(projectKey).filter(p -> p.state() != RebuildProgress.State.FINISHED)
                .map(p -> new RebuildProgress(projectKey, RebuildProgress.State.RUNNING, p.total(), p.done(),
                        p.lastIssueId(), p.startedAt(), clock.instant(), null));
    }

    /** A fresh run starts from an empty log, so that deals gone from the source leave it too. */
    private RebuildProgress start(String projectKey, ChangeHistorySource source) {
        stageLog.forgetProject(projectKey);
        return RebuildProgress.started(projectKey, source.count(projectKey), clock.instant());
    }
}
