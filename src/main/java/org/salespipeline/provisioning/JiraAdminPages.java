package org.salespipeline.provisioning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of Jira's own administration where an admin sees or changes each part provisioning creates or reuses,
 * as paths relative to Jira's base URL.
 */
public final class JiraAdminPages {

    public static final String STATUSES = "/secure/admin/ViewStatuses.jspa";
    public static final String ISSUE_TYPES = "/secure/admin/ViewIssueTypes.jspa";
    public static final String WORKFLOWS = "/secure/admin/workflows/ListWorkflows.jspa";
    public static final String WORKFLOW_SCHEMES = "/secure/admin/ViewWorkflowSchemes.jspa";
    public static final String CUSTOM_FIELDS = "/secure/admin/ViewCustomFields.jspa";

    private static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_(\\d+)");

    private JiraAdminPages() {
    }

    /** The project's issue types and the scheme that offers them. */
    public static String projectIssueTypes(String projectKey) {
        return "/plugins/servlet/project-config/" + projectKey + "/issuetypes";
    }

    /** The project's workflows and the workflow scheme it uses. */
    public static String projectWorkflows(String projectKey) {
        return "/plugins/servlet/project-config/" + projectKey + "/workflows";
    }

    /** A custom field's configuration (its contexts, and from there its options); the field list for an unknown id. */
    public static String customField(String fieldId) {
        Matcher numbered = CUSTOM_FIELD_ID.matcher(fieldId == null ? "" : fieldId);
        return numbered.matches() ? "/secure/admin/ConfigureCustomField!default.jspa?customFieldId=" + numbered.group(1)
                : CUSTOM_FIELDS;
    }

    /** A screen's tabs and fields. */
    public static String screen(String screenId) {
        return "/secure/admin/ConfigureFieldScreen.jspa?id=" + screenId;
    }

    /** The app's own edit page of the project's pipeline. */
    public static String pipeline(String projectKey) {
        return "/plugins/servlet/sales-pipeline/admin/" + projectKey;
    }
}
