package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in (compile only, never packaged) for a field configuration scheme (a custom field's context, or an issue type scheme).
 * Checked: gnl42/jira-testkit@be4ee5a4c8965d5bdca65a4910749cb4b83703bc:jira-testkit-plugin/src/main/java/com/atlassian/jira/testkit/plugin/CustomFieldsBackdoor.java (new FieldConfigScheme.Builder(null).setName(..).setDescription(..).toFieldConfigScheme(), getId; Jira 8.1) — old
 */
public class FieldConfigScheme {

    private FieldConfigScheme() {
    }

    public Long getId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Builds a new scheme. */
    public static class Builder {

        public Builder(FieldConfigScheme scheme) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public Builder setName(String name) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public Builder setDescription(String description) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public FieldConfigScheme toFieldConfigScheme() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}
