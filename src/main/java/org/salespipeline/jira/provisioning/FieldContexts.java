package org.salespipeline.jira.provisioning;

import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;

/**
 * The custom-field contexts that Jira builds with its own classes (a static helper, constructors, a builder) rather
 * than through a service; kept behind one seam so that the fields adapter can be tested over fakes.
 */
interface FieldContexts {

    /** Jira's own helpers. */
    FieldContexts JIRA = new CoreFieldContexts();

    /** The context nodes of one project, for a field or context that applies to it alone. */
    List<JiraContextNode> projectContexts(Long projectId, ProjectManager projectManager);

    /** The context of one project's issues of one type, to find the field configuration that applies there. */
    IssueContext issueContext(Long projectId, String issueTypeId);

    /** A new, unsaved field context with a name and description. */
    FieldConfigScheme newContext(String name, String description);
}
