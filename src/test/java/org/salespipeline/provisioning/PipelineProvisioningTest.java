package org.salespipeline.provisioning;

import static org.salespipeline.text.BundleTexts.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.pipeline.InvalidPipelineException;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.PipelineTemplate;
import org.salespipeline.pipeline.Problem;

/** Provisioning a pipeline from a template: create or reuse, never duplicate, and leave Jira as it was on failure. */
class PipelineProvisioningTest {

    private static final int FIELDS = DealFieldSpecs.all().size();

    private final ProvisioningFixture fixture = new ProvisioningFixture();
    private final InMemoryJira jira = fixture.jira;

    @Test
    @DisplayName("when Jira does not offer a service some step needs, no run starts: the answer names it and nothing is created")
    void unavailableWithoutRun() throws Exception {
        jira.notOffered.add("com.atlassian.jira.issue.fields.screen.FieldScreenManager");

        ProvisioningOutcome outcome = fixture.run("five-stage");

        assertThat(outcome.provisioned()).isFalse();
        assertThat(outcome.unavailable()).containsExactly("com.atlassian.jira.issue.fields.screen.FieldScreenManager");
        assertThat(outcome.steps()).isEmpty();
        assertThat(outcome.failedStep()).isNull();
        assertThat(outcome.workflowXml()).isNull();
        assertThat(english(outcome.message())).startsWith("Provisioning is unavailable: this Jira does not offer apps "
                + "com.atlassian.jira.issue.fields.screen.FieldScreenManager. Nothing was created or saved.")
                .contains("/rest/sales-pipeline/1.0/pipelines/INITECH/setup/workflow.xml?template=five-stage");
        assertThat(fixture.rebuilds).isEmpty();
    }

    @Test
    @DisplayName("a first run creates every part, saves the set-up on the real status ids and starts the rebuild")
    void createsEverything() throws Exception {
        ProvisioningOutcome outcome = fixture.run("five-stage");

        assertThat(outcome.provisioned()).isTrue();
        assertThat(outcome.failedStep()).isNull();
        assertThat(outcome.rebuildStarted()).isTrue();
        assertThat(fixture.rebuilds).containsExactly("INITECH");
        assertThat(outcome.steps()).extracting(StepReport::action).containsOnly(StepReport.CREATED);
        assertThat(kinds(outcome)).containsSubsequence("status", "issue-type", "issue-type-scheme", "workflow",
                "workflow-scheme", "project-workflow-scheme", "field", "option", "screen");
        assertThat(count(outcome, "status")).isEqualTo(PipelineTemplate.FIVE_STAGE.statusNames().size());
        assertThat(count(outcome, "field")).isEqualTo(FIELDS);
        assertThat(count(outcome, "screen")).isEqualTo(FIELDS * InMemoryJira.SCREENS.size());

        PipelineConfig saved = fixture.saved.get("INITECH");
        PipelineConfig template = PipelineConfig.fromTemplate(PipelineTemplate.FIVE_STAGE, "INITECH", "INITECH sales", "USD");
        assertThat(saved.pipeline()).isEqualTo(template.pipeline());
        assertThat(saved.mapping().lines()).extracting(MappedStatus::target)
                .containsExactlyElementsOf(template.mapping().lines().stream().map(MappedStatus::target).toList());
        for (MappedStatus line : saved.mapping().lines()) {
            assertThat(jira.findStatus("INITECH", template.mapping().lines()
                    .get(saved.mapping().lines().indexOf(line)).statusId())).contains(line.statusId());
        }
    }

    @Test
    @DisplayName("statuses get their category: the first stage new, the other stages in progress, the outcomes done")
    void statusCategories() {
        fixture.run("four-stage");

        List<MappedStatus> lines = fixture.saved.get("INITECH").mapping().lines();
        List<String> categories = lines.stream().map(line -> jira.statusCategory(line.statusId())).toList();
        assertThat(categories).containsExactly("new", "indeterminate", "indeterminate", "indeterminate", "done", "done", "done");
    }

    @Test
    @DisplayName("the workflow loads in OSWorkflow over the real status ids, and the project's scheme runs deals through it")
    void workflowAndScheme() throws Exception {
        ProvisioningOutcome outcome = fixture.run("seven-stage");

        WorkflowDescriptor workflow = ProvisioningFixture.load(jira.workflowXml(outcome.workflowName()));
        List<String> stepStatusIds = new ArrayList<>();
        for (Object step : workflow.getSteps()) {
            stepStatusIds.add((String) ((StepDescriptor) step).getMetaAttributes().get("jira.status.id"));
        }
        assertThat(stepStatusIds).containsExactlyElementsOf(
                fixture.saved.get("INITECH").mapping().lines().stream().map(MappedStatus::statusId).toList());
        assertThat(workflow.getGlobalActions()).hasSize(stepStatusIds.size());
        String dealType = jira.findIssueType("Deal").orElseThrow();
        assertThat(jira.projectIssueTypes("INITECH")).contains(dealType);
        String scheme = jira.workflowSchemeOf("INITECH").orElseThrow();
        assertThat(jira.scheme(scheme)).containsExactly("INITECH sales workflow scheme", dealType, "INITECH sales workflow");
    }

    @Test
    @DisplayName("fields come with a context for the project and the Deal type, select lists with their options, all on the screens")
    void fieldsOptionsAndScreens() {
        fixture.run("five-stage");

        String dealType = jira.findIssueType("Deal").orElseThrow();
        for (FieldSpec spec : DealFieldSpecs.all()) {
            String id = jira.findField(spec.name()).orElseThrow();
            assertThat(jira.fields().get(id).kind()).isEqualTo(spec.kind());
            assertThat(jira.contextsOf(id)).containsExactly(List.of(id, "INITECH", dealType));
            assertThat(jira.optionValues(id)).containsExactlyElementsOf(spec.options());
            for (Screen screen : InMemoryJira.SCREENS) {
                assertThat(jira.fieldsOnScreen(screen.id())).contains(id);
            }
        }
        assertThat(jira.optionValues(jira.findField("Budget").orElseThrow())).containsExactly("Unknown", "Partial", "Confirmed");
    }

    @Test
    @DisplayName("a second run reuses everything, creates nothing and saves the same set-up")
    void secondRunChangesNothing() {
        ProvisioningOutcome first = fixture.run("six-stage");
        PipelineConfig savedFirst = fixture.saved.get("INITECH");
        String jiraAfterFirst = jira.snapshot();

        ProvisioningOutcome second = fixture.run("six-stage");

        assertThat(second.provisioned()).isTrue();
        assertThat(second.steps()).extracting(StepReport::action).containsOnly(StepReport.REUSED);
        assertThat(second.steps().stream().map(StepReport::name).toList())
                .containsAll(first.steps().stream().map(StepReport::name).toList());
        assertThat(jira.snapshot()).isEqualTo(jiraAfterFirst);
        assertThat(fixture.saved.get("INITECH")).isEqualTo(savedFirst);
    }

    @Test
    @DisplayName("every step names the page of Jira's administration that shows its part")
    void everyStepHasItsAdminPage() {
        ProvisioningOutcome outcome = fixture.run("four-stage");

        String amount = jira.findField("Deal amount").orElseThrow();
        String screen = InMemoryJira.SCREENS.get(0).id();
        assertThat(outcome.steps()).extracting(StepReport::kind, StepReport::adminPage).contains(
                tuple("status", "/secure/admin/ViewStatuses.jspa"),
                tuple("issue-type", "/secure/admin/ViewIssueTypes.jspa"),
                tuple("issue-type-scheme", "/plugins/servlet/project-config/INITECH/issuetypes"),
                tuple("workflow", "/secure/admin/workflows/ListWorkflows.jspa"),
                tuple("workflow-scheme", "/secure/admin/ViewWorkflowSchemes.jspa"),
                tuple("project-workflow-scheme", "/plugins/servlet/project-config/INITECH/workflows"),
                tuple("field", "/secure/admin/ConfigureCustomField!default.jspa?customFieldId="
                        + amount.substring("customfield_".length())),
                tuple("screen", "/secure/admin/ConfigureFieldScreen.jspa?id=" + screen));
        assertThat(outcome.steps()).allSatisfy(step -> assertThat(step.adminPage()).startsWith("/"));
    }

    @Test
    @DisplayName("on a project with a pipeline, a run that would change it is refused naming the changes, unless it replaces")
    void changingAPipelineNeedsReplace() {
        fixture.run("six-stage");
        PipelineConfig sixStages = fixture.saved.get("INITECH");
        String jiraBefore = jira.snapshot();

        assertThatThrownBy(() -> fixture.run("four-stage"))
                .isInstanceOfSatisfying(org.salespipeline.configuration.ConfirmationNeededException.class, asked -> {
                    assertThat(asked.confirmWith()).containsExactly("replace");
                    assertThat(asked.lines()).extracting(Problem::field).contains("template");
                    assertThat(english(asked.lines().get(0).message())).contains("Needs Assessment", "Negotiation", "derived again");
                });
        assertThat(jira.snapshot()).isEqualTo(jiraBefore);
        assertThat(fixture.saved.get("INITECH")).isSameAs(sixStages);
        assertThatThrownBy(() -> fixture.provisioning.provision("INITECH", new ProvisioningRequest("six-stage", "Initech", null)))
                .isInstanceOfSatisfying(org.salespipeline.configuration.ConfirmationNeededException.class,
                        asked -> assertThat(asked.lines()).extracting(Problem::field).containsExactly("name", "template"));

        ProvisioningOutcome replaced = fixture.provisioning.provision("INITECH",
                new ProvisioningRequest("four-stage", null, null, true));
        assertThat(replaced.provisioned()).isTrue();
        assertThat(fixture.saved.get("INITECH").pipeline().stages()).hasSize(4);
    }

    @Test
    @DisplayName("parts that exist already are matched by name without regard to case and reused, never duplicated")
    void reusesExistingParts() {
        String proposal = jira.givenStatus("PROPOSAL", StatusCategory.IN_PROGRESS);
        String amount = jira.givenField(FieldSpec.number("deal amount"), null);
        String budget = jira.givenField(FieldSpec.select("Budget", "Unknown", "Partial", "Confirmed"), "GLOBEX");
        jira.givenOption(budget, "confirmed");
        String oldScheme = jira.givenProjectScheme("INITECH", "INITECH old scheme");

        ProvisioningOutcome outcome = fixture.run("five-stage");

        assertThat(outcome.provisioned()).isTrue();
        assertThat(outcome.steps()).extracting(StepReport::kind, StepReport::name, StepReport::action).contains(
                tuple("status", "Proposal", StepReport.REUSED),
                tuple("field", "Deal amount", StepReport.REUSED),
                tuple("field-context", "Deal amount in INITECH", StepReport.REUSED),
                tuple("field", "Budget", StepReport.REUSED),
                tuple("field-context", "Budget in INITECH", StepReport.CREATED),
                tuple("option", "Budget: Confirmed", StepReport.REUSED),
                tuple("option", "Budget: Unknown", StepReport.CREATED));
        assertThat(fixture.saved.get("INITECH").mapping().lines()).contains(
                new MappedStatus(proposal, org.salespipeline.pipeline.StageRef.stage("PROPOSAL")));
        assertThat(jira.findField("Deal amount")).contains(amount);
        assertThat(jira.optionValues(budget)).containsExactly("confirmed", "Unknown", "Partial");
        assertThat(jira.workflowSchemeOf("INITECH")).isPresent().get().isNotEqualTo(oldScheme);
    }

    static Stream<Arguments> failingSteps() {
        return Stream.of("status", "issue-type", "issue-type-scheme", "workflow", "workflow-scheme",
                "project-workflow-scheme", "field", "field-context", "option", "screen", "pipeline").map(Arguments::of);
    }

    @ParameterizedTest(name = "failure at the {0} step")
    @MethodSource("failingSteps")
    @DisplayName("a failure at any step undoes what the run created, keeps what it reused, saves nothing and hands over the XML")
    void failSoft(String step) throws Exception {
        String reusedStatus = jira.givenStatus("Qualification", StatusCategory.IN_PROGRESS);
        jira.givenField(FieldSpec.number("BANT score"), "GLOBEX");
        String oldScheme = jira.givenProjectScheme("INITECH", "INITECH old scheme");
        String before = jira.snapshot();
        if (step.equals("pipeline")) {
            fixture.refuseSave = true;
        } else {
            jira.failOn(step, new IllegalStateException("Jira said no"));
        }

        ProvisioningOutcome outcome = fixture.run("five-stage");

        assertThat(outcome.provisioned()).isFalse();
        assertThat(outcome.failedStep()).isEqualTo(step);
        assertThat(outcome.rebuildStarted()).isFalse();
        assertThat(jira.snapshot()).isEqualTo(before);
        assertThat(jira.findStatus("INITECH", "Qualification")).contains(reusedStatus);
        assertThat(jira.workflowSchemeOf("INITECH")).contains(oldScheme);
        assertThat(fixture.saved).isEmpty();
        assertThat(fixture.rebuilds).isEmpty();
        assertThat(outcome.steps()).extracting(StepReport::action).doesNotContain(StepReport.CREATED, StepReport.UNDO_FAILED);
        assertThat(english(outcome.message())).contains("the " + step + " step",
                step.equals("pipeline") ? "the database is read-only" : "Jira said no", "Import from XML",
                "/pipelines/INITECH/mapping");
        assertThat(outcome.workflowName()).isEqualTo("INITECH sales workflow");
        WorkflowDescriptor handedOver = ProvisioningFixture.load(outcome.workflowXml());
        List<String> ids = new ArrayList<>();
        for (Object item : handedOver.getSteps()) {
            ids.add((String) ((StepDescriptor) item).getMetaAttributes().get("jira.status.id"));
        }
        assertThat(ids).as("existing statuses by id, the others by name")
                .containsExactly("Prospecting", reusedStatus, "Initial Contact", "Proposal", "Closing", "Closed Won",
                        "Closed Lost", "Disqualified");
    }

    @Test
    @DisplayName("a class or method missing at run time (LinkageError) counts as the step being unavailable")
    void linkageErrorIsUnavailable() {
        String before = jira.snapshot();
        jira.failOn("workflow", new NoClassDefFoundError("com/atlassian/jira/workflow/ConfigurableJiraWorkflow"));

        ProvisioningOutcome outcome = fixture.run("five-stage");

        assertThat(outcome.provisioned()).isFalse();
        assertThat(outcome.failedStep()).isEqualTo("workflow");
        assertThat(english(outcome.message())).contains("does not offer apps", "ConfigurableJiraWorkflow");
        assertThat(outcome.steps()).extracting(StepReport::action).containsOnly(StepReport.UNDONE);
        assertThat(jira.snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("a part that cannot be removed again is reported as undo-failed, and the rest is still undone")
    void undoFailureIsReported() {
        jira.failOn("screen", new IllegalStateException("screen locked"));
        jira.failUndoOf("workflow");

        ProvisioningOutcome outcome = fixture.run("four-stage");

        assertThat(outcome.steps()).extracting(StepReport::kind, StepReport::name, StepReport::action)
                .contains(tuple("workflow", "INITECH sales workflow", StepReport.UNDO_FAILED));
        assertThat(outcome.steps()).filteredOn(step -> !step.kind().equals("workflow"))
                .extracting(StepReport::action).containsOnly(StepReport.UNDONE);
        assertThat(english(outcome.message())).contains("undo-failed");
        assertThat(jira.findWorkflow("INITECH sales workflow")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"template", "name", "currency"})
    @DisplayName("a bad template, name or currency is refused with its field, before anything is touched")
    void validation(String field) {
        ProvisioningRequest request = switch (field) {
            case "template" -> new ProvisioningRequest("three-stage", null, null);
            case "name" -> new ProvisioningRequest("five-stage", "x".repeat(81), null);
            default -> new ProvisioningRequest("five-stage", null, "US");
        };
        String before = jira.snapshot();

        assertThatThrownBy(() -> fixture.provisioning.provision("INITECH", request))
                .isInstanceOfSatisfying(InvalidPipelineException.class,
                        invalid -> assertThat(invalid.problems()).extracting(Problem::field).containsExactly(field));
        assertThat(jira.snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("name and currency are taken as given (the currency in capitals)")
    void nameAndCurrency() {
        fixture.provisioning.provision("INITECH", new ProvisioningRequest("four-stage", "Initech deals", "eur"));

        PipelineConfig saved = fixture.saved.get("INITECH");
        assertThat(saved.pipeline().name()).isEqualTo("Initech deals");
        assertThat(saved.pipeline().currency()).isEqualTo("EUR");
        assertThat(jira.findWorkflow("Initech deals workflow")).isPresent();
    }

    @Test
    @DisplayName("the hand-over XML names existing statuses by id and loads in OSWorkflow")
    void handOver() throws Exception {
        String prospecting = jira.givenStatus("Prospecting", StatusCategory.NEW);

        PipelineProvisioning.HandOver handOver = fixture.provisioning.handOver("INITECH",
                new ProvisioningRequest("four-stage", "Initech deals", null));

        assertThat(handOver.workflowName()).isEqualTo("Initech deals workflow");
        WorkflowDescriptor workflow = ProvisioningFixture.load(handOver.workflowXml());
        assertThat(((StepDescriptor) workflow.getSteps().get(0)).getMetaAttributes().get("jira.status.id")).isEqualTo(prospecting);
        assertThat(((StepDescriptor) workflow.getSteps().get(1)).getName()).isEqualTo("Qualification");
    }

    private static List<String> kinds(ProvisioningOutcome outcome) {
        return outcome.steps().stream().map(StepReport::kind).distinct().toList();
    }

    private static long count(ProvisioningOutcome outcome, String kind) {
        return outcome.steps().stream().filter(step -> step.kind().equals(kind)).count();
    }
}
