package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in (compile only, never packaged) for one configuration of a custom field (its options live here).
 * Jira kind: interface
 * Known only from: Jira 4.0 — https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/fields/config/package-summary.html (FieldConfig in the interface summary, FieldConfigImpl a class); Jira 11.3 code passes one from getRelevantConfig to getOptions (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java), which does not show its kind
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (OptionsManager.getOptions(FieldConfig) via getRelevantConfig)
 */
public interface FieldConfig {
}
