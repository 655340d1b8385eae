package org.salespipeline.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import java.util.Map;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.jira.JiraDeals;

/** Shows the deal panel only on issues of type Deal in projects that have a sales pipeline. */
public class DealPanelCondition extends PipelineProjectCondition {

    public DealPanelCondition(PipelineDirectory pipelines) {
        super(pipelines);
    }

    @Override
    protected Project project(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getIssueType() != null
                && JiraDeals.DEAL_TYPE.equals(issue.getIssueType().getName()) ? issue.getProjectObject() : null;
    }
}
