package org.salespipeline.provisioning;

import java.util.Objects;

/** The parts of Jira that provisioning creates or reuses, one port each. */
public record JiraParts(StatusPort statuses, WorkflowPort workflows, IssueTypePort issueTypes, FieldPort fields,
        ScreenPort screens) {

    public JiraParts {
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(workflows, "workflows");
        Objects.requireNonNull(issueTypes, "issueTypes");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(screens, "screens");
    }
}
