package org.salespipeline.jira.provisioning;

import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.context.IssueContextImpl;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldUtils;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;

/** Field contexts built with Jira's own classes: its context helper, the issue context and the scheme builder. */
final class CoreFieldContexts implements FieldContexts {

    @Override
    public List<JiraContextNode> projectContexts(Long projectId, ProjectManager projectManager) {
        return CustomFieldUtils.buildJiraIssueContexts(false, new Long[] {projectId}, projectManager);
    }

    @Override
    public IssueContext issueContext(Long projectId, String issueTypeId) {
        return new IssueContextImpl(projectId, issueTypeId);
    }

    @Override
    public FieldConfigScheme newContext(String name, String description) {
        return new FieldConfigScheme.Builder(null).setName(name).setDescription(description).toFieldConfigScheme();
    }
}
