package org.salespipeline.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.StatusMapping;

/** The provisioning steps in their order, each recorded in the run so that a failure can undo what came before. */
final class ProvisioningSteps {

    private static final String DEAL_TYPE_DESCRIPTION = "A sales opportunity, tracked through the stages of a sales pipeline.";

    private final JiraParts jira;
    private final WorkflowWriter writer;
    private final ProvisioningRun run;
    private final String projectKey;

    ProvisioningSteps(JiraParts jira, WorkflowWriter writer, ProvisioningRun run, String projectKey) {
        this.jira = jira;
        this.writer = writer;
        this.run = run;
        this.projectKey = projectKey;
    }

    /** Takes every step, then hands the set-up with the real status ids to the saver. */
    void provision(PipelineConfig template, String workflowName, Consumer<PipelineConfig> save) {
        List<WorkflowWriter.WorkflowStep> steps = statuses(template);
        PipelineConfig config = new PipelineConfig(template.pipeline(),
                new StatusMapping(steps.stream().map(step -> new MappedStatus(step.statusId(), step.target())).toList()),
                template.policy(), template.checklists());
        String dealType = dealType();
        String workflow = workflow(workflowName, writer.write(workflowName, steps, config));
        workflowScheme(PipelineProvisioning.workflowSchemeName(workflowName), dealType, workflow);
        List<String> fieldIds = new ArrayList<>();
        for (FieldSpec field : DealFieldSpecs.all()) {
            fieldIds.add(field(field, dealType));
        }
        screens(dealType, DealFieldSpecs.all(), fieldIds);
        run.begin("pipeline");
        save.accept(config);
    }

    /** One status per stage and outcome: the first stage is where work is new, outcomes are done. */
    private List<WorkflowWriter.WorkflowStep> statuses(PipelineConfig template) {
        StatusPort statuses = jira.statuses();
        List<WorkflowWriter.WorkflowStep> steps = new ArrayList<>();
        List<MappedStatus> lines = template.mapping().lines();
        for (int i = 0; i < lines.size(); i++) {
            MappedStatus line = lines.get(i);
            String name = line.statusId();
            StatusCategory category = !line.target().isOpenStage() ? StatusCategory.DONE
                    : i == 0 ? StatusCategory.NEW : StatusCategory.IN_PROGRESS;
            String id = run.ensure("status", name, JiraAdminPages.STATUSES, () -> statuses.findStatus(projectKey, name),
                    () -> statuses.createStatus(projectKey, name, category), created -> statuses.deleteStatus(projectKey, created));
            steps.add(new WorkflowWriter.WorkflowStep(id, name, line.target()));
        }
        return steps;
    }

    private String dealType() {
        IssueTypePort types = jira.issueTypes();
        String dealType = run.ensure("issue-type", PipelineProvisioning.DEAL_TYPE, JiraAdminPages.ISSUE_TYPES,
                () -> types.findIssueType(PipelineProvisioning.DEAL_TYPE),
                () -> types.createIssueType(PipelineProvisioning.DEAL_TYPE, DEAL_TYPE_DESCRIPTION), types::deleteIssueType);
        run.ensure("issue-type-scheme", projectKey + ": " + PipelineProvisioning.DEAL_TYPE,
                JiraAdminPages.projectIssueTypes(projectKey),
                () -> types.projectHasIssueType(projectKey, dealType),
                () -> types.addIssueTypeToProject(projectKey, dealType),
                () -> types.removeIssueTypeFromProject(projectKey, dealType));
        return dealType;
    }

    private String workflow(String name, String xml) {
        WorkflowPort workflows = jira.workflows();
        return run.ensure("workflow", name, JiraAdminPages.WORKFLOWS, () -> workflows.findWorkflow(name), () -> {
            workflows.createWorkflow(name, xml);
            return name;
        }, workflows::deleteWorkflow);
    }

    /** A scheme that runs deals through the workflow, made the project's scheme (the previous one comes back on undo). */
    private void workflowScheme(String name, String dealType, String workflow) {
        WorkflowPort workflows = jira.workflows();
        String scheme = run.ensure("workflow-scheme", name, JiraAdminPages.WORKFLOW_SCHEMES, () -> workflows.findWorkflowScheme(name),
                () -> workflows.createWorkflowScheme(name, dealType, workflow), workflows::deleteWorkflowScheme);
        run.begin("project-workflow-scheme");
        Optional<String> before = workflows.projectWorkflowScheme(projectKey);
        run.ensure("project-workflow-scheme", projectKey + ": " + name, JiraAdminPages.projectWorkflows(projectKey), () -> before.equals(Optional.of(scheme)),
                () -> workflows.assignWorkflowScheme(projectKey, Optional.of(scheme)),
                () -> workflows.assignWorkflowScheme(projectKey, before));
    }

    private String field(FieldSpec spec, String dealType) {
        FieldPort fields = jira.fields();
        String id = run.ensure("field", spec.name(), JiraAdminPages::customField, () -> fields.findField(spec.name()),
                () -> fields.createField(spec, projectKey, dealType), fields::deleteField);
        if (!run.lastCreated()) {
            // A field that existed before may apply elsewhere only; a new one comes with its context.
            run.ensure("field-context", spec.name() + " in " + projectKey, JiraAdminPages.customField(id),
                    () -> fields.fieldApplies(id, projectKey, dealType) ? Optional.of(id) : Optional.empty(),
                    () -> fields.addFieldContext(id, projectKey, dealType), fields::deleteFieldContext);
        }
        if (!spec.options().isEmpty()) {
            run.begin("option");
            List<String> existing = fields.options(id, projectKey, dealType).stream().map(ProvisioningSteps::lower).toList();
            for (String option : spec.options()) {
                run.ensure("option", spec.name() + ": " + option, JiraAdminPages.customField(id),
                        () -> existing.contains(lower(option)) ? Optional.of(option) : Optional.empty(),
                        () -> fields.createOption(id, projectKey, dealType, option), fields::deleteOption);
            }
        }
        return id;
    }

    private void screens(String dealType, List<FieldSpec> specs, List<String> fieldIds) {
        ScreenPort screens = jira.screens();
        run.begin("screen");
        for (Screen screen : screens.screens(projectKey, dealType)) {
            for (int i = 0; i < specs.size(); i++) {
                String fieldId = fieldIds.get(i);
                run.ensure("screen", specs.get(i).name() + " on " + screen.name(), JiraAdminPages.screen(screen.id()),
                        () -> screens.screenHasField(screen.id(), fieldId),
                        () -> screens.addFieldToScreen(screen.id(), fieldId),
                        () -> screens.removeFieldFromScreen(screen.id(), fieldId));
            }
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
