package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in (compile only, never packaged) for one configuration of a custom field (its options live here).
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (OptionsManager.getOptions(FieldConfig) via getRelevantConfig)
 */
public interface FieldConfig {
}
