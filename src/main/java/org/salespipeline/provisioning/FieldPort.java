package org.salespipeline.provisioning;

import java.util.List;
import java.util.Optional;

/** Jira's custom fields, their contexts (where they apply) and the options of select lists. */
public interface FieldPort extends JiraPart {

    /** The id of the custom field with this name, compared without regard to case. */
    Optional<String> findField(String name);

    /** Creates the field with a context for the project and issue type, and returns its id. */
    String createField(FieldSpec field, String projectKey, String issueTypeId);

    void deleteField(String fieldId);

    /** True when the field has a context that covers the project's issues of the type. */
    boolean fieldApplies(String fieldId, String projectKey, String issueTypeId);

    /** Adds a context for the project and issue type to the field and returns the context's id. */
    String addFieldContext(String fieldId, String projectKey, String issueTypeId);

    void deleteFieldContext(String contextId);

    /** The option values of the select list where it applies to the project's issues of the type. */
    List<String> options(String fieldId, String projectKey, String issueTypeId);

    /** Whether the field is a select list: the only kind of field the app reads a reason or a BANT answer from. */
    boolean isSelectList(String fieldId);

    /**
     * Whether the field's context for the project's issues of the type covers other projects too (so that its options
     * are theirs as well); empty when this Jira does not tell apps.
     */
    Optional<Boolean> contextShared(String fieldId, String projectKey, String issueTypeId);

    /** Adds an option at the end of the list and returns its id. */
    String createOption(String fieldId, String projectKey, String issueTypeId, String value);

    void deleteOption(String optionId);
}
