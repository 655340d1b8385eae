package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in (compile only, never packaged) for the options of select-list custom fields.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (getOptions(FieldConfig))
 */
public interface OptionsManager {

    Options getOptions(FieldConfig fieldConfig);
}
