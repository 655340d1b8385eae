package com.atlassian.jira.issue.customfields.option;

/**
 * Stand-in (compile only, never packaged) for a select-list option, the value of a select custom field.
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/service/SubtasksCreationService.java (Option.getValue); getOptionId is known from older Jira only (PLATFORM-API.md, Provisioning)
 */
public interface Option {

    Long getOptionId();

    String getValue();
}
