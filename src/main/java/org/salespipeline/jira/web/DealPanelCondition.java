package org.salespipeline.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.jira.JiraDeals;

/** Shows the deal panel only on issues of type Deal in projects that have a sales pipeline. */
public class DealPanelCondition implements Condition {

    private final PipelineDirectory pipelines;

    public DealPanelCondition(PipelineDirectory pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue
                && issue.getIssueType() != null && JiraDeals.DEAL_TYPE.equals(issue.getIssueType().getName())
                && issue.getProjectObject() != null
                && pipelines.find(issue.getProjectObject().getKey()).isPresent();
    }
}
