package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in (compile only, never packaged) for the manager of select-list options.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (getOptions(FieldConfig)); createOption, findByOptionId and deleteOptionAndChildren are known from older Jira only (gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java uses findByOptionId; PLATFORM-API.md, Provisioning)
 */
public interface OptionsManager {

    Options getOptions(FieldConfig fieldConfig);

    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);

    Option findByOptionId(Long optionId);

    void deleteOptionAndChildren(Option option);
}
