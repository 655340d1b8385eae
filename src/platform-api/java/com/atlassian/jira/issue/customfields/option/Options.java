package com.atlassian.jira.issue.customfields.option;

import java.util.List;

/**
 * Stand-in (compile only, never packaged) for the options of one field configuration, in order.
 * Jira kind: interface
 * Known only from: Jira 6 — Jira's own Options source (an unnamed public copy in the code index: public interface Options extends List<Option>, with getOptionForValue(String value, Long parentOptionId)); Jira 11.3 code queries it (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java), which does not show the kind
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (Options from OptionsManager.getOptions, getOptionForValue(String, Long))
 */
public interface Options extends List<Option> {

    /** Known only from: Jira 6 — Jira's own Options source (an unnamed public copy in the code index: public Option getOptionForValue(String value, Long parentOptionId)); Jira 11.3 code calls it as options.getOptionForValue(estimate, null) (codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java), where the null does not show the parameter's type */
    Option getOptionForValue(String value, Long parentOptionId);
}
