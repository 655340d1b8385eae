package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;

/**
 * Stand-in (compile only, never packaged) for Jira's lookup of custom fields.
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/service/SubtasksCreationService.java (getCustomFieldObjectsByName)
 */
public interface CustomFieldManager {

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
