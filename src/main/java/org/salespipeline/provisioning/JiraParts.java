package org.salespipeline.provisioning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    /** Every host service some part needs that Jira does not offer now, each named once; empty when all can run. */
    public List<String> unavailable() {
        Set<String> missing = new LinkedHashSet<>(statuses.unavailable());
        missing.addAll(workflows.unavailable());
        missing.addAll(issueTypes.unavailable());
        missing.addAll(fields.unavailable());
        missing.addAll(screens.unavailable());
        return List.copyOf(missing);
    }
}
