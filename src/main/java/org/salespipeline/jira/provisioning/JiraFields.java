package org.salespipeline.jira.provisioning;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;
import java.util.Optional;
import org.ofbiz.core.entity.GenericEntityException;
import org.salespipeline.jira.HostService;
import org.salespipeline.provisioning.FieldKind;
import org.salespipeline.provisioning.FieldPort;
import org.salespipeline.provisioning.FieldSpec;

/** Jira's custom fields: created with a context for one project and issue type, and their select-list options. */
public class JiraFields implements FieldPort {

    /** The prefix of the keys of Jira's own custom field types. */
    public static final String TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

    private final CustomFieldManager customFieldManager;
    private final FieldConfigSchemeManager contexts;
    private final OptionsManager optionsManager;
    private final IssueTypeManager issueTypeManager;
    private final ProjectManager projectManager;
    private final FieldContexts fieldContexts;

    public JiraFields(CustomFieldManager customFieldManager, FieldConfigSchemeManager contexts, OptionsManager optionsManager,
            IssueTypeManager issueTypeManager, ProjectManager projectManager) {
        this(customFieldManager, contexts, optionsManager, issueTypeManager, projectManager, FieldContexts.JIRA);
    }

    JiraFields(CustomFieldManager customFieldManager, FieldConfigSchemeManager contexts, OptionsManager optionsManager,
            IssueTypeManager issueTypeManager, ProjectManager projectManager, FieldContexts fieldContexts) {
        this.customFieldManager = customFieldManager;
        this.contexts = contexts;
        this.optionsManager = optionsManager;
        this.issueTypeManager = issueTypeManager;
        this.projectManager = projectManager;
        this.fieldContexts = fieldContexts;
    }

    @Override
    public Optional<String> findField(String name) {
        return customFieldManager.getCustomFieldObjects().stream().filter(field -> name.equalsIgnoreCase(field.getFieldName()))
                .map(CustomField::getId).findFirst();
    }

    @Override
    public String createField(FieldSpec field, String projectKey, String issueTypeId) {
        try {
            return customFieldManager.createCustomField(field.name(), "Used by the sales pipeline.",
                    customFieldManager.getCustomFieldType(TYPES + typeKey(field.kind())),
                    customFieldManager.getCustomFieldSearcher(TYPES + searcherKey(field.kind())),
                    projectContext(projectKey), issueTypes(issueTypeId)).getId();
        } catch (GenericEntityException failure) {
            throw new IllegalStateException("Jira could not create the field " + field.name(), failure);
        }
    }

    @Override
    public void deleteField(String fieldId) {
        try {
            customFieldManager.removeCustomField(customFieldManager.getCustomFieldObject(fieldId));
        } catch (RemoveException failure) {
            throw new IllegalStateException("Jira could not remove the field " + fieldId, failure);
        }
    }

    @Override
    public boolean fieldApplies(String fieldId, String projectKey, String issueTypeId) {
        return config(fieldId, projectKey, issueTypeId) != null;
    }

    @Override
    public String addFieldContext(String fieldId, String projectKey, String issueTypeId) {
        FieldConfigScheme context = fieldContexts.newContext("Sales pipeline: " + projectKey,
                "Deals of project " + projectKey + ".");
        return String.valueOf(contexts.createFieldConfigScheme(context, projectContext(projectKey), issueTypes(issueTypeId),
                customFieldManager.getCustomFieldObject(fieldId)).getId());
    }

    @Override
    public void deleteFieldContext(String contextId) {
        contexts.removeFieldConfigScheme(Long.valueOf(contextId));
    }

    @Override
    public List<String> options(String fieldId, String projectKey, String issueTypeId) {
        return optionsManager.getOptions(config(fieldId, projectKey, issueTypeId)).stream().map(Option::getValue).toList();
    }

    @Override
    public boolean isSelectList(String fieldId) {
        return (TYPES + typeKey(FieldKind.SELECT)).equals(
                customFieldManager.getCustomFieldObject(fieldId).getCustomFieldType().getKey());
    }

    /** Unknown: which projects a context covers is on Jira's FieldConfigScheme, whose members for it the app does not call. */
    @Override
    public Optional<Boolean> contextShared(String fieldId, String projectKey, String issueTypeId) {
        return Optional.empty();
    }

    @Override
    public String createOption(String fieldId, String projectKey, String issueTypeId, String value) {
        FieldConfig config = config(fieldId, projectKey, issueTypeId);
        long sequence = optionsManager.getOptions(config).size();
        return String.valueOf(optionsManager.createOption(config, null, sequence, value).getOptionId());
    }

    @Override
    public void deleteOption(String optionId) {
        optionsManager.deleteOptionAndChildren(optionsManager.findByOptionId(Long.valueOf(optionId)));
    }

    private FieldConfig config(String fieldId, String projectKey, String issueTypeId) {
        Long projectId = JiraProjects.require(projectManager, projectKey).getId();
        return customFieldManager.getCustomFieldObject(fieldId).getRelevantConfig(fieldContexts.issueContext(projectId, issueTypeId));
    }

    private List<JiraContextNode> projectContext(String projectKey) {
        Long projectId = JiraProjects.require(projectManager, projectKey).getId();
        return fieldContexts.projectContexts(projectId, projectManager);
    }

    private List<IssueType> issueTypes(String issueTypeId) {
        return List.of(issueTypeManager.getIssueType(issueTypeId));
    }

    /** The key, after {@link #TYPES}, of Jira's custom field type for a kind of deal field. */
    public static String typeKey(FieldKind kind) {
        return switch (kind) {
            case NUMBER -> "float";
            case DATE -> "datepicker";
            case SELECT -> "select";
        };
    }

    static String searcherKey(FieldKind kind) {
        return switch (kind) {
            case NUMBER -> "exactnumber";
            case DATE -> "daterange";
            case SELECT -> "multiselectsearcher";
        };
    }

    @Override
    public List<String> unavailable() {
        return HostService.missing(HostService.of(CustomFieldManager.class, customFieldManager),
                HostService.of(FieldConfigSchemeManager.class, contexts),
                HostService.of(OptionsManager.class, optionsManager),
                HostService.of(IssueTypeManager.class, issueTypeManager),
                HostService.of(ProjectManager.class, projectManager));
    }
}
