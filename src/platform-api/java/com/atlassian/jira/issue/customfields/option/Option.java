package com.atlassian.jira.issue.customfields.option;

/**
 * Stand-in (compile only, never packaged) for a select-list option, the value of a select custom field.
 * Jira kind: interface
 * Known only from: Jira 6 — Jira's own LazyLoadedOption source (an unnamed public copy in the code index: public class LazyLoadedOption implements Option, Comparable<Option>); Jira 11.3 code uses options it is given (codescape/jira-multiple-subtasks@ce71581 SubtasksCreationService.java), which does not show the kind
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/service/SubtasksCreationService.java (Option.getValue); getOptionId is known from older Jira only (PLATFORM-API.md, Provisioning)
 */
public interface Option {

    /** Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (customFieldOption.setId(option.getOptionId()), a Long id) */
    Long getOptionId();

    /** Known only from: Jira 6 — Jira's own CachedOptionsManager source (an unnamed public copy in the code index: String oldValue = option.getValue()); Jira 11.3 code calls it (codescape/jira-multiple-subtasks@ce71581 SubtasksCreationService.java, option.getValue().equals(...)), but Option's kind is not seen there */
    String getValue();
}
