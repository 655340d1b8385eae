package org.salespipeline.jira;

import org.salespipeline.text.Message;
import com.atlassian.jira.issue.Issue;
import java.util.List;
import org.salespipeline.checklist.ChecklistStore;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.criteria.DealSnapshot;
import org.salespipeline.criteria.ExitCheck;
import org.salespipeline.criteria.ExitCriteria;
import org.salespipeline.feed.IssueSnapshot;
import org.salespipeline.history.LoggedChange;
import org.salespipeline.history.StageLog;
import org.salespipeline.jira.workflow.DealExitCriteria;

/** The exit criteria of a Jira issue: its pipeline's set-up, its logged position, BANT fields, checklists and reasons. */
public class JiraDealExitCriteria implements DealExitCriteria {

    private final PipelineDirectory pipelines;
    private final StageLog stageLog;
    private final ChecklistStore checklists;
    private final JiraDeals deals;

    public JiraDealExitCriteria(PipelineDirectory pipelines, StageLog stageLog, ChecklistStore checklists, JiraDeals deals) {
        this.pipelines = pipelines;
        this.stageLog = stageLog;
        this.checklists = checklists;
        this.deals = deals;
    }

    @Override
    public List<Message> missing(Issue issue, ExitCheck check) {
        IssueSnapshot snapshot = deals.snapshot(issue);
        PipelineConfig config = snapshot.isDeal() ? pipelines.find(snapshot.projectKey()).orElse(null) : null;
        if (config == null) {
            return List.of();
        }
        // The issue still holds the status the transition leaves: the deal's current position. Checklists are read as
        // they will be once won, with the ticks already given on stages the deal has not reached.
        DealSnapshot deal = DealSnapshot.of(config, snapshot.statusId(),
                stageLog.changes(snapshot.issueId()).stream().map(LoggedChange::change).toList(), deals.bant(issue),
                checklists.load(config.pipeline(), config.checklists(), snapshot.issueId(), config.pipeline().wonPosition()),
                snapshot.lostReason(), snapshot.disqualificationReason());
        return ExitCriteria.missing(check, config, deal);
    }
}
