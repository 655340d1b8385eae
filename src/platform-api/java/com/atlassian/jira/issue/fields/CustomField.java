package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in (compile only, never packaged) for a custom field.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/AdditionalFieldServiceImpl.java (getId); getRelevantConfig(Issue) in service/EstimateFieldServiceImpl.java of the same commit
 */
public interface CustomField {

    String getId();

    FieldConfig getRelevantConfig(Issue issue);
}
