package org.salespipeline.jira.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.jira.HostService;
import org.salespipeline.text.EnglishTexts;

/** The workflows adapter: the sales workflow built from its XML and created, its scheme, and the project's scheme. */
class JiraWorkflowsTest {

    private final Recording jira = new Recording();
    private final Project acme = Recording.value(Project.class, Map.of("getKey", "ACME", "getId", 10000L));
    private final ApplicationUser admin = Recording.value(ApplicationUser.class, Map.of("getUsername", "admin"));
    private final JiraWorkflow built = Recording.value(JiraWorkflow.class, Map.of("getName", "Sales workflow"));

    @Test
    @DisplayName("a workflow is found by name whatever its letter case, and its name is answered as Jira spells it")
    void findsByNameIgnoringCase() {
        jira.answer("WorkflowManager.getWorkflows", args -> List.of(built));

        assertThat(workflows().findWorkflow("SALES WORKFLOW")).contains("Sales workflow");
        assertThat(workflows().findWorkflow("Support")).isEmpty();
    }

    @Test
    @DisplayName("creating builds the workflow from its XML, then creates it as the logged-in admin; undoing deletes it by name, its scheme by id")
    void createsThenDeletes() {
        jira.answer("Builder.fromXml", args -> built)
                .answer("JiraAuthenticationContext.getLoggedInUser", args -> admin)
                .answer("WorkflowManager.getWorkflow", args -> built);
        JiraWorkflows workflows = workflows();

        workflows.createWorkflow("Sales workflow", "<workflow/>");
        workflows.deleteWorkflow("Sales workflow");
        workflows.deleteWorkflowScheme("10300");

        assertThat(jira.calls).containsExactly("JiraAuthenticationContext.getLoggedInUser()",
                "Builder.fromXml(Sales workflow, <workflow/>, fake WorkflowManager)",
                "WorkflowManager.createWorkflow(" + admin + ", " + built + ")",
                "WorkflowManager.getWorkflow(Sales workflow)", "WorkflowManager.deleteWorkflow(" + built + ")",
                "WorkflowSchemeManager.deleteScheme(10300)");
    }

    @Test
    @DisplayName("a Jira without jira-core's workflow class fails creating with the LinkageError, which names the class for the admin")
    void missingWorkflowClassIsNamed() {
        jira.answer("Builder.fromXml", args -> {
            throw new NoClassDefFoundError("com/atlassian/jira/workflow/ConfigurableJiraWorkflow");
        });

        assertThatThrownBy(() -> workflows().createWorkflow("Sales workflow", "<workflow/>"))
                .isInstanceOf(NoClassDefFoundError.class)
                .satisfies(failure -> assertThat(EnglishTexts.INSTANCE.text(HostService.describe(failure)))
                        .isEqualTo("com.atlassian.jira.workflow.ConfigurableJiraWorkflow (a class this Jira does not show "
                                + "apps: NoClassDefFoundError)"));
        assertThat(jira.calls).noneMatch(call -> call.startsWith("WorkflowManager.createWorkflow"));
    }

    @Test
    @DisplayName("the scheme is built with its name, description and the Deal type's mapping, then created; its id is the answer")
    void createsTheScheme() {
        AssignableWorkflowScheme.Builder builder = jira.fake(AssignableWorkflowScheme.Builder.class);
        AssignableWorkflowScheme draft = Recording.value(AssignableWorkflowScheme.class, Map.of());
        jira.answer("WorkflowSchemeManager.assignableBuilder", args -> builder)
                .answer("Builder.setName", args -> builder).answer("Builder.setDescription", args -> builder)
                .answer("Builder.setMapping", args -> builder).answer("Builder.build", args -> draft)
                .answer("WorkflowSchemeManager.createScheme",
                        args -> Recording.value(AssignableWorkflowScheme.class, Map.of("getId", 10300L)));

        assertThat(workflows().createWorkflowScheme("Sales workflow scheme", "10100", "Sales workflow")).isEqualTo("10300");
        assertThat(jira.calls).containsExactly("WorkflowSchemeManager.assignableBuilder()",
                "Builder.setName(Sales workflow scheme)",
                "Builder.setDescription(Runs deals through the sales pipeline's workflow.)",
                "Builder.setMapping(10100, Sales workflow)", "Builder.build()",
                "WorkflowSchemeManager.createScheme(" + draft + ")");
    }

    @Test
    @DisplayName("a project on Jira's default scheme (or none) has no scheme of its own; otherwise its scheme's id")
    void projectsScheme() {
        jira.answer("ProjectManager.getProjectByCurrentKey", args -> "ACME".equals(args[0]) ? acme : null);
        JiraWorkflows workflows = workflows();

        jira.answer("WorkflowSchemeManager.getWorkflowSchemeObj", args -> null);
        assertThat(workflows.projectWorkflowScheme("ACME")).isEmpty();
        jira.answer("WorkflowSchemeManager.getWorkflowSchemeObj",
                args -> Recording.value(AssignableWorkflowScheme.class, Map.of("isDefault", true, "getId", 1L)));
        assertThat(workflows.projectWorkflowScheme("ACME")).isEmpty();
        jira.answer("WorkflowSchemeManager.getWorkflowSchemeObj",
                args -> Recording.value(AssignableWorkflowScheme.class, Map.of("isDefault", false, "getId", 10300L)));
        assertThat(workflows.projectWorkflowScheme("ACME")).contains("10300");
        assertThatThrownBy(() -> workflows.projectWorkflowScheme("NOPE")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Jira has no project NOPE");
    }

    @Test
    @DisplayName("assigning takes the project off its schemes first, then adds the chosen one; undoing to none only takes it off")
    void assignsAndUnassigns() {
        jira.answer("ProjectManager.getProjectByCurrentKey", args -> acme);
        JiraWorkflows workflows = workflows();

        workflows.assignWorkflowScheme("ACME", Optional.of("10300"));
        workflows.assignWorkflowScheme("ACME", Optional.empty());

        assertThat(jira.calls).containsExactly("ProjectManager.getProjectByCurrentKey(ACME)",
                "WorkflowSchemeManager.removeSchemesFromProject(" + acme + ")", "WorkflowSchemeManager.getSchemeObject(10300)",
                "WorkflowSchemeManager.addSchemeToProject(" + acme + ", null)",
                "ProjectManager.getProjectByCurrentKey(ACME)", "WorkflowSchemeManager.removeSchemesFromProject(" + acme + ")");
    }

    @Test
    @DisplayName("every service there, nothing is reported missing; a missing one is named")
    void servicesOffered() {
        assertThat(workflows().unavailable()).isEmpty();
        assertThat(new JiraWorkflows(jira.fake(WorkflowManager.class), null, jira.fake(ProjectManager.class),
                jira.fake(JiraAuthenticationContext.class)).unavailable()).containsExactly(WorkflowSchemeManager.class.getName());
    }

    private JiraWorkflows workflows() {
        return new JiraWorkflows(jira.fake(WorkflowManager.class), jira.fake(WorkflowSchemeManager.class),
                jira.fake(ProjectManager.class), jira.fake(JiraAuthenticationContext.class), jira.fake(CoreWorkflows.Builder.class));
    }
}
