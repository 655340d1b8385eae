package com.atlassian.jira.issue;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Stand-in (compile only, never packaged) for Jira's manager of custom fields.
 * Jira kind: interface
 * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java (@ComponentImport CustomFieldManager)
 * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 EstimateFieldServiceImpl.java, the same use in its Jira 10.3.0 build
 * Checked: codescape/jira-multiple-subtasks@ce71581d40c28665bb664c1ef50e9d113b769685:src/main/java/de/codescape/jira/plugins/multiplesubtasks/service/SubtasksCreationService.java (getCustomFieldObjectsByName), codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596:src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java (getCustomFieldObject(String), getCustomFieldObjects()), Semmle/lgtm-jira-addon@f20b54eb1268c188d8b5b69dc35e24069c03ef17:src/main/java/com/semmle/jira/addon/util/JiraUtils.java (createCustomField, getCustomFieldType, getCustomFieldSearcher; Jira 7.13, old) and gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (removeCustomField throws RemoveException; Jira 8.1, old)
 */
public interface CustomFieldManager {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldManagerMock.java (implements CustomFieldManager: CustomField createCustomField(String, String, CustomFieldType, CustomFieldSearcher, List<JiraContextNode>, List<IssueType>) throws GenericEntityException); also https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html */
    CustomField createCustomField(String fieldName, String description, CustomFieldType<?, ?> fieldType,
            CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws GenericEntityException;

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd EstimateFieldServiceImpl.java (return customFieldManager.getCustomFieldObject(key) as a CustomField)
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 EstimateFieldServiceImpl.java, the same use in its Jira 10.3.0 build
     */
    CustomField getCustomFieldObject(String id);

    /**
     * Confirmed: Jira 11.3 — codescape/jira-scrum-poker@bb652fd AdditionalFieldServiceImpl.java (customFieldManager.getCustomFieldObjects().stream()); List as in https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-scrum-poker@5d4c579 AdditionalFieldServiceImpl.java, the same use in its Jira 10.3.0 build
     */
    List<CustomField> getCustomFieldObjects();

    /**
     * Confirmed: Jira 11.3 — codescape/jira-multiple-subtasks@ce71581 SubtasksCreationService.java (Collection<CustomField> customFields = customFieldManager.getCustomFieldObjectsByName(name))
     * Jira 10.3: confirmed from Jira 10.3 — codescape/jira-multiple-subtasks@f003e74 SubtasksCreationService.java, the same use in its Jira 10.3.0 build
     */
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldManagerMock.java (CustomFieldSearcher getCustomFieldSearcher(String)); called so in Semmle/lgtm-jira-addon@f20b54e JiraUtils.java (Jira 7.13) */
    CustomFieldSearcher getCustomFieldSearcher(String key);

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 CustomFieldManagerMock.java (CustomFieldType getCustomFieldType(String)); called so in Semmle/lgtm-jira-addon@f20b54e JiraUtils.java (Jira 7.13) */
    CustomFieldType<?, ?> getCustomFieldType(String key);

    /** Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (customFieldManager.removeCustomField(field) in a try that catches RemoveException); void throws RemoveException in blackducksoftware/blackduck-jira@a17c3d3 CustomFieldManagerMock.java (Jira 7.4) */
    void removeCustomField(CustomField field) throws RemoveException;
}
