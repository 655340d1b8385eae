package org.salespipeline.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Lost and Disqualification reason fields as one project's deals see them: the options of the field's context
 * for the project, whether that context is shared with other projects, and whether the field can hold reasons at
 * all (a select list; a text field of the same name cannot). The default options are {@link DealFieldSpecs}'.
 */
public class ReasonFields {

    private final Supplier<JiraParts> jira;

    public ReasonFields(Supplier<JiraParts> jira) {
        this.jira = jira;
    }

    /** Both reason fields for the project's deals, Lost reason first. */
    public List<ReasonField> of(String projectKey) {
        List<ReasonField> fields = new ArrayList<>();
        fields.add(read(projectKey, DealFieldSpecs.LOST_REASON, DealFieldSpecs.LOST_REASONS));
        fields.add(read(projectKey, DealFieldSpecs.DISQUALIFICATION_REASON, DealFieldSpecs.DISQUALIFICATION_REASONS));
        return fields;
    }

    /** The names of the reason fields Jira has that are not select lists, which the app cannot read reasons from. */
    public static List<String> unsupported(FieldPort fields) {
        return List.of(DealFieldSpecs.LOST_REASON, DealFieldSpecs.DISQUALIFICATION_REASON).stream()
                .filter(name -> fields.findField(name).filter(id -> !fields.isSelectList(id)).isPresent()).toList();
    }

    private ReasonField read(String projectKey, String name, List<String> defaults) {
        try {
            JiraParts parts = jira.get();
            FieldPort fields = parts.fields();
            Optional<String> field = fields.findField(name);
            if (field.isEmpty()) {
                return new ReasonField(name, ReasonField.State.MISSING, List.of(), null, defaults, JiraAdminPages.CUSTOM_FIELDS);
            }
            String id = field.get();
            String page = JiraAdminPages.customField(id);
            if (!fields.isSelectList(id)) {
                return new ReasonField(name, ReasonField.State.NOT_A_SELECT_LIST, List.of(), null, defaults, page);
            }
            Optional<String> dealType = parts.issueTypes().findIssueType(PipelineProvisioning.DEAL_TYPE);
            if (dealType.isEmpty() || !fields.fieldApplies(id, projectKey, dealType.get())) {
                return new ReasonField(name, ReasonField.State.NOT_IN_PROJECT, List.of(), null, defaults, page);
            }
            return new ReasonField(name, ReasonField.State.SELECT_LIST, fields.options(id, projectKey, dealType.get()),
                    fields.contextShared(id, projectKey, dealType.get()).orElse(null), defaults, page);
        } catch (RuntimeException | LinkageError unavailable) {
            return new ReasonField(name, ReasonField.State.UNKNOWN, List.of(), null, defaults, JiraAdminPages.CUSTOM_FIELDS);
        }
    }

    /**
     * One reason field: its name, what the app can do with it, its options in this project (in order), whether its
     * context is shared with other projects (null: Jira does not say), the default options, and the page of Jira's
     * administration where it is configured.
     */
    public record ReasonField(String name, State state, List<String> options, Boolean sharedContext,
            List<String> defaultOptions, String adminPage) {

        public ReasonField {
            options = List.copyOf(options);
            defaultOptions = List.copyOf(defaultOptions);
        }

        /** What the app can do with the field. */
        public enum State {
            /** A select list with a context for the project's deals: its options are the reasons. */
            SELECT_LIST,
            /** Jira has no field of this name; provisioning creates it. */
            MISSING,
            /** A field of this name that is not a select list (a text field, say): the app reads no reason from it. */
            NOT_A_SELECT_LIST,
            /** A select list with no context for the project's deals; provisioning adds one. */
            NOT_IN_PROJECT,
            /** This Jira does not let the app look. */
            UNKNOWN
        }
    }
}
