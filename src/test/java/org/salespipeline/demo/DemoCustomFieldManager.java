package org.salespipeline.demo;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The demo's custom fields, found by name only. The demo provisions its fields through
 * {@link DemoProvisioning}, so the calls that create or remove Jira fields are refused here.
 */
public final class DemoCustomFieldManager implements CustomFieldManager {

    private final Function<String, Collection<CustomField>> byName;

    public DemoCustomFieldManager(Function<String, Collection<CustomField>> byName) {
        this.byName = byName;
    }

    @Override
    public Collection<CustomField> getCustomFieldObjectsByName(String customFieldName) {
        return byName.apply(customFieldName);
    }

    @Override
    public CustomField createCustomField(String fieldName, String description, CustomFieldType<?, ?> fieldType,
            CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes) {
        throw refused();
    }

    @Override
    public CustomField getCustomFieldObject(String id) {
        return byName.apply(id).stream().findFirst().orElse(null);
    }

    @Override
    public List<CustomField> getCustomFieldObjects() {
        throw refused();
    }

    @Override
    public CustomFieldSearcher getCustomFieldSearcher(String key) {
        throw refused();
    }

    @Override
    public CustomFieldType<?, ?> getCustomFieldType(String key) {
        throw refused();
    }

    @Override
    public void removeCustomField(CustomField field) {
        throw refused();
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("The demo provisions custom fields through DemoProvisioning");
    }
}
