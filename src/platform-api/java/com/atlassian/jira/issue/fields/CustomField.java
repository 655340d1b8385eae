package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in (compile only, never packaged) for a custom field. In Jira, getRelevantConfig(IssueContext) is declared by
 * ConfigurableField; a call compiled against CustomField resolves to it all the same.
 * Jira kind: interface
 * Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldMock.java (implements CustomField); Jira 11.3 code only mocks and calls it (codescape/jira-scrum-poker@bb652fd), which does not show its kind
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/AdditionalFieldServiceImpl.java (getId, getFieldName); getRelevantConfig(Issue) in service/EstimateFieldServiceImpl.java of the same commit; getRelevantConfig(IssueContext) is known from older Jira only
 */
public interface CustomField extends ConfigurableField {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldMock.java (overrides String getId()); called the same way in Jira 11.3 code (codescape/jira-scrum-poker@bb652fd AdditionalFieldServiceImpl.java), which does not show CustomField's kind */
    String getId();

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldMock.java (overrides String getFieldName()); called the same way in Jira 11.3 code (codescape/jira-scrum-poker@bb652fd AdditionalFieldServiceImpl.java) */
    String getFieldName();

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldMock.java (overrides FieldConfig getRelevantConfig(Issue)); called the same way in Jira 11.3 code (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java, optionsManager.getOptions(estimateField.getRelevantConfig(issue))) */
    FieldConfig getRelevantConfig(Issue issue);

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldMock.java (overrides FieldConfig getRelevantConfig(IssueContext)); declared by ConfigurableField in Jira's own source (6 line) */
    FieldConfig getRelevantConfig(IssueContext issueContext);

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldMock.java (implements CustomField); called the same way in Jira 11.3 code (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java, estimateField.getCustomFieldType().getKey()), which does not show CustomField's kind */
    CustomFieldType<?, ?> getCustomFieldType();
}
