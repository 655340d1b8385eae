package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in (compile only, never packaged) for the configuration of a custom field in one context.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (the type of CustomField.getRelevantConfig)
 */
public interface FieldConfig {
}
