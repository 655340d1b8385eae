package org.salespipeline.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.DealChanges;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.LoggedFieldChange;
import org.salespipeline.history.SourceUnavailableException;
import org.salespipeline.history.StageLog;
import org.salespipeline.history.StatusChange;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.StageRef;

/**
 * Keeps the stage log in step with Jira: logs every status change of a deal in a pipeline project, keeps
 * its facts current, and takes deals out when they are deleted, moved away or no longer of the Deal type.
 * A change is identified by issue, instant and target status, the same way the rebuild identifies it.
 */
public class DealFeed {

    private final PipelineDirectory pipelines;
    private final StageLog stageLog;
    private final ChangeHistorySource history;

    public DealFeed(PipelineDirectory pipelines, StageLog stageLog, ChangeHistorySource history) {
        this.pipelines = pipelines;
        this.stageLog = stageLog;
        this.history = history;
    }

    /** A status change of the issue (the creation status counts as the first); ignored for non-deals. */
    public void statusChanged(IssueSnapshot issue, StatusChange change) {
        if (isLoggedDeal(issue)) {
            stageLog.record(issue.projectKey(), issue.facts(), identify(issue.issueId(), change));
        }
    }

    /**
     * The issue changed in some way (edited, transitioned, retyped): a deal that is no longer a logged deal
     * leaves the log; a deal not yet logged brings its history from Jira; a new status is logged with the
     * reason its outcome needs; today's facts are stored.
     */
    public void issueChanged(IssueSnapshot issue, java.time.Instant at) {
        if (!isLoggedDeal(issue)) {
            stageLog.forget(issue.issueId());
            return;
        }
        List<LoggedChange> logged = stageLog.changes(issue.issueId());
        if (logged.isEmpty()) {
            relocated(issue);
            return;
        }
        String lastStatus = logged.get(logged.size() - 1).change().statusId();
        if (issue.statusId() != null && !issue.statusId().equals(lastStatus)) {
            statusChanged(issue, new StatusChange(at, issue.statusId(), reasonFor(issue)));
        } else {
            stageLog.updateFacts(issue.projectKey(), issue.facts());
        }
        fieldsChanged(issue);
    }

    /**
     * Logs the changes of the deal's amount and expected close date that Jira's change history holds and the log
     * does not yet (each is logged once, by the key the rebuild gives it too). Without Jira's change history the
     * status change is still logged; a later rebuild brings the field history.
     */
    private void fieldsChanged(IssueSnapshot issue) {
        List<LoggedFieldChange> changes;
        try {
            changes = history.fieldChanges(issue.projectKey(), issue.issueId());
        } catch (SourceUnavailableException unavailable) {
            return;
        }
        stageLog.recordFields(issue.projectKey(), issue.facts(), changes);
    }

    private String reasonFor(IssueSnapshot issue) {
        return reasonFor(pipelines, issue, issue.statusId());
    }

    /**
     * The reason recorded with a move into a status: for LOST and DISQUALIFIED the one the issue's reason
     * field holds, otherwise none.
     */
    public static String reasonFor(PipelineDirectory pipelines, IssueSnapshot issue, String statusId) {
        return reasonedOutcome(pipelines, issue.projectKey(), statusId)
                .map(outcome -> outcome == Outcome.LOST ? issue.lostReason() : issue.disqualificationReason())
                .orElse(null);
    }

    /** LOST or DISQUALIFIED when the status maps to that outcome, whose entry records a reason; otherwise empty. */
    public static Optional<Outcome> reasonedOutcome(PipelineDirectory pipelines, String projectKey, String statusId) {
        return pipelines.find(projectKey).flatMap(config -> config.mapping().lookup(statusId))
                .filter(target -> !target.isOpenStage())
                .map(StageRef::outcome)
                .filter(outcome -> outcome == Outcome.LOST || outcome == Outcome.DISQUALIFIED);
    }

    /** Amount, owner, close date or summary may have changed. */
    public void factsChanged(IssueSnapshot issue) {
        if (isLoggedDeal(issue)) {
            stageLog.updateFacts(issue.projectKey(), issue.facts());
        }
    }

    public void deleted(long issueId) {
        stageLog.forget(issueId);
    }

    /**
     * The issue moved to another project or changed type: it leaves the log, and when it is now a deal of
     * a pipeline project its whole history is read again from Jira.
     */
    public void relocated(IssueSnapshot issue) {
        stageLog.forget(issue.issueId());
        if (isLoggedDeal(issue)) {
            List<DealChanges> found = new ArrayList<>();
            history.deals(issue.projectKey(), issue.issueId() - 1, deal -> {
                if (deal.facts().issueId() == issue.issueId()) {
                    found.add(deal);
                }
                return false;
            });
            Optional.ofNullable(found.isEmpty() ? null : found.get(0)).ifPresent(deal -> stageLog.replace(
                    issue.projectKey(), new DealChanges(issue.facts(), deal.changes(), deal.fieldChanges())));
        }
    }

    /** The key of a change, shared with the rebuild: issue, instant and target status. */
    public static LoggedChange identify(long issueId, StatusChange change) {
        return LoggedChange.ofInstant(issueId, change.at().toEpochMilli(), change);
    }

    private boolean isLoggedDeal(IssueSnapshot issue) {
        return issue.isDeal() && pipelines.find(issue.projectKey()).isPresent();
    }
}
