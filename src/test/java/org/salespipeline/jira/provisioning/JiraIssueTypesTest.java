package org.salespipeline.jira.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The issue types adapter: the Deal type created and removed, and added to and taken from a project's scheme. */
class JiraIssueTypesTest {

    private final Recording jira = new Recording();
    private final Project acme = Recording.value(Project.class, Map.of("getKey", "ACME", "getId", 10000L));
    private final FieldConfigScheme scheme = Recording.value(FieldConfigScheme.class, Map.of("getId", 5L));
    private final IssueType task = type("3", "Task");
    private final IssueType deal = type("10100", "Deal");

    private JiraIssueTypes issueTypes() {
        jira.answer("ProjectManager.getProjectByCurrentKey", args -> "ACME".equals(args[0]) ? acme : null)
                .answer("IssueTypeSchemeManager.getConfigScheme", args -> scheme);
        return new JiraIssueTypes(jira.fake(IssueTypeManager.class), jira.fake(IssueTypeSchemeManager.class),
                jira.fake(ProjectManager.class));
    }

    @Test
    @DisplayName("the Deal type is created with no avatar, found by name in any case, and removed with no replacement")
    void createFindRemove() {
        jira.answer("IssueTypeManager.createIssueType", args -> deal)
                .answer("IssueTypeManager.getIssueTypes", args -> List.of(task, deal));
        JiraIssueTypes issueTypes = issueTypes();

        String id = issueTypes.createIssueType("Deal", "A sales opportunity.");
        assertThat(issueTypes.findIssueType("DEAL")).contains(id);
        issueTypes.deleteIssueType(id);

        assertThat(jira.calls).containsExactly("IssueTypeManager.createIssueType(Deal, A sales opportunity., null)",
                "IssueTypeManager.getIssueTypes()", "IssueTypeManager.removeIssueType(10100, null)");
    }

    @Test
    @DisplayName("adding the type to a project updates the project's scheme with its types and the new one, in that order")
    void addAndRemoveFromTheProjectsScheme() {
        jira.answer("IssueTypeSchemeManager.getIssueTypesForProject", args -> List.of(task));
        JiraIssueTypes issueTypes = issueTypes();

        assertThat(issueTypes.projectHasIssueType("ACME", "10100")).isFalse();
        issueTypes.addIssueTypeToProject("ACME", "10100");

        assertThat(jira.calls).containsSubsequence(
                "IssueTypeSchemeManager.getIssueTypesForProject(" + acme + ")",
                "IssueTypeSchemeManager.getConfigScheme(" + acme + ")",
                "IssueTypeSchemeManager.update(" + scheme + ", [3, 10100])");

        jira.calls.clear();
        jira.answer("IssueTypeSchemeManager.getIssueTypesForProject", args -> List.of(task, deal));
        issueTypes.removeIssueTypeFromProject("ACME", "10100");
        assertThat(jira.calls).last().isEqualTo("IssueTypeSchemeManager.update(" + scheme + ", [3])");
    }

    private static IssueType type(String id, String name) {
        return Recording.value(IssueType.class, Map.of("getId", id, "getName", name));
    }
}
