package com.atlassian.jira.issue.customfields.option;

/**
 * Stand-in (compile only, never packaged) for the options of one field configuration.
 * Checked: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (getOptionForValue(String, Long))
 */
public interface Options {

    Option getOptionForValue(String value, Long parentOptionId);
}
