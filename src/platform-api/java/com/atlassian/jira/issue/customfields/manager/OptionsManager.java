package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in (compile only, never packaged) for the manager of select-list options.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java (@ComponentImport OptionsManager)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 EstimateFieldServiceImpl.java, the same use in its Jira 10.3.0 build
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (getOptions(FieldConfig)); createOption, findByOptionId and deleteOptionAndChildren are known from older Jira only (gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java uses findByOptionId; PLATFORM-API.md, Provisioning)
 */
public interface OptionsManager {

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java (Options options = optionsManager.getOptions(estimateField.getRelevantConfig(issue)))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 EstimateFieldServiceImpl.java, the same use in its Jira 10.3.0 build
     */
    Options getOptions(FieldConfig fieldConfig);

    /** Known only from: Jira 6 — Jira's own OptionsManager source (an unnamed public copy in the code index: Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value)) */
    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);

    /** Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (optionsManager.findByOptionId(customFieldOptionId)); Option findByOptionId(Long) in Jira's own OptionsManager source (6 line) */
    Option findByOptionId(Long optionId);

    /** Known only from: Jira 6 — Jira's own OptionsManager source (an unnamed public copy in the code index: void deleteOptionAndChildren(Option option)) */
    void deleteOptionAndChildren(Option option);
}
