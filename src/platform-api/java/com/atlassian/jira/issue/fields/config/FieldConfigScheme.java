package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in (compile only, never packaged) for a field configuration scheme (a custom field's context, or an issue type
 * scheme). An interface in Jira (FieldConfigSchemeImpl implements it), so calls on it compile to invokeinterface; its
 * Builder is a class nested in the interface (so implicitly static). Not declared here, so not called: the members that
 * say which projects a context covers (Jira has getAssociatedProjectIds() and isAllProjects() on it), for want of public
 * code built on Jira 10/11 that pins them down; the app therefore cannot tell in Jira whether a reason field's context
 * is shared with other projects, and says so.
 * Jira kind: interface
 * Known only from: Jira 8.20 — cures-hub/cures-condec-jira@fbadb34 MockFieldConfigScheme.java (extends jira-tests' MockFieldConfigScheme, a FieldConfigScheme); implemented in blackducksoftware/blackduck-jira@a17c3d3 FieldConfigSchemeMock.java (Jira 7.4) and an interface in https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/fields/config/package-summary.html
 * Checked: blackducksoftware/blackduck-jira@a17c3d34b6a0bee6e083ffd2b5c77c08a62ad71c:src/test/java/com/blackducksoftware/integration/jira/mocks/field/FieldConfigSchemeMock.java (implements FieldConfigScheme: getId; Jira 7.4) and gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (new FieldConfigScheme.Builder(null).setName(..).setDescription(..).toFieldConfigScheme(), getId; Jira 8.1) — old
 */
public interface FieldConfigScheme {

    /** Known only from: Jira 7.4 — blackducksoftware/blackduck-jira@a17c3d3 FieldConfigSchemeMock.java (overrides Long getId()); called so in gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (result.getId().toString(), Jira 8.1) */
    Long getId();

    /**
     * Builds a new scheme, or a changed copy of one.
     * Jira kind: static nested class
     * Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (new FieldConfigScheme.Builder(null)...toFieldConfigScheme()); also new FieldConfigScheme.Builder(scheme) in blackducksoftware/blackduck-jira@a17c3d3 BlackDuckFieldScreenSchemeSetup.java (Jira 7.4)
     */
    class Builder {

        /** Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (new FieldConfigScheme.Builder(null)); Builder(FieldConfigScheme) in blackducksoftware/blackduck-jira@a17c3d3 BlackDuckFieldScreenSchemeSetup.java (Jira 7.4) */
        public Builder(FieldConfigScheme scheme) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        /** Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (.setName("New Scheme") chained to setDescription) */
        public Builder setName(String name) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        /** Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (.setDescription("Dummy description") chained to toFieldConfigScheme) */
        public Builder setDescription(String description) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        /** Known only from: Jira 8.1 — gnl42/jira-testkit@be4ee5a CustomFieldsBackdoor.java (final FieldConfigScheme configScheme = ....toFieldConfigScheme()) */
        public FieldConfigScheme toFieldConfigScheme() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}
