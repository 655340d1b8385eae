package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in (compile only, never packaged) for a custom field.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/AdditionalFieldServiceImpl.java (getId, getFieldName); getRelevantConfig(Issue) in service/EstimateFieldServiceImpl.java of the same commit; getRelevantConfig(IssueContext) is known from older Jira only
 */
public interface CustomField extends ConfigurableField {

    String getId();

    String getFieldName();

    FieldConfig getRelevantConfig(Issue issue);

    FieldConfig getRelevantConfig(IssueContext issueContext);
}
