package org.salespipeline.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.pipeline.MappedStatus;
import org.salespipeline.pipeline.PipelineTemplate;

/** The generated sales workflow loads in OSWorkflow, the engine Jira builds on, and has the shape we promise. */
class WorkflowXmlTest {

    @ParameterizedTest
    @EnumSource(PipelineTemplate.class)
    @DisplayName("every template's workflow loads and validates in OSWorkflow, with a step per status carrying its id")
    void loadsInOsWorkflow(PipelineTemplate template) throws Exception {
        PipelineConfig config = PipelineConfig.fromTemplate(template, "ACME", "Sales", "USD");
        List<WorkflowStatus> statuses = statuses(config);

        WorkflowDescriptor workflow = load(WorkflowXml.generate("Sales pipeline", statuses, config));
        workflow.validate();

        List<?> steps = workflow.getSteps();
        assertThat(steps).hasSize(statuses.size());
        for (int i = 0; i < steps.size(); i++) {
            StepDescriptor step = (StepDescriptor) steps.get(i);
            assertThat(step.getName()).isEqualTo(statuses.get(i).name());
            assertThat(step.getMetaAttributes().get("jira.status.id")).isEqualTo(statuses.get(i).statusId());
        }
        assertThat(workflow.getInitialActions()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(PipelineTemplate.class)
    @DisplayName("one global transition leads into each status, so every status can move to every other")
    void globalTransitionIntoEveryStatus(PipelineTemplate template) throws Exception {
        PipelineConfig config = PipelineConfig.fromTemplate(template, "ACME", "Sales", "USD");
        WorkflowDescriptor workflow = load(WorkflowXml.generate("Sales pipeline", statuses(config), config));

        List<Integer> targets = new ArrayList<>();
        for (Object action : workflow.getGlobalActions()) {
            targets.add(((ActionDescriptor) action).getUnconditionalResult().getStep());
        }
        assertThat(targets).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, workflow.getSteps().size()).boxed().toList());
    }

    @ParameterizedTest
    @EnumSource(PipelineTemplate.class)
    @DisplayName("each transition carries exactly the exit checks its target needs")
    void validatorsAttached(PipelineTemplate template) throws Exception {
        PipelineConfig config = PipelineConfig.fromTemplate(template, "ACME", "Sales", "USD");
        WorkflowDescriptor workflow = load(WorkflowXml.generate("Sales pipeline", statuses(config), config));

        for (Object item : workflow.getGlobalActions()) {
            ActionDescriptor action = (ActionDescriptor) item;
            List<String> checks = new ArrayList<>();
            for (Object validator : action.getValidators()) {
                ValidatorDescriptor descriptor = (ValidatorDescriptor) validator;
                assertThat(descriptor.getArgs().get("class.name")).isEqualTo(ExitCriteriaValidator.class.getName());
                checks.add((String) descriptor.getArgs().get(ExitCriteriaValidator.CHECK_ARGUMENT));
            }
            assertThat(checks).as(action.getName()).containsExactlyElementsOf(expectedChecks(template, action.getName()));
        }
    }

    private static List<String> expectedChecks(PipelineTemplate template, String statusName) {
        List<String> names = template.statusNames();
        int qualification = names.indexOf("Qualification");
        int index = names.indexOf(statusName);
        List<String> checks = new ArrayList<>();
        boolean openStageAfterQualification = index > qualification && index < template.stageKeys().size();
        if (openStageAfterQualification || statusName.equals("Closed Won")) {
            checks.add("qualification");
        }
        switch (statusName) {
            case "Closed Won" -> checks.add("won");
            case "Closed Lost" -> checks.add("lost");
            case "Disqualified" -> checks.add("disqualified");
            default -> { }
        }
        return checks;
    }

    static List<WorkflowStatus> statuses(PipelineConfig config) {
        List<WorkflowStatus> statuses = new ArrayList<>();
        int id = 10000;
        for (MappedStatus line : config.mapping().lines()) {
            statuses.add(new WorkflowStatus(String.valueOf(id++), line.statusId(), line.target()));
        }
        return statuses;
    }

    /** Parses as Jira does, without fetching the 2.8 DTD (Maven Central's OSWorkflow has DTDs up to 2.7). */
    static WorkflowDescriptor load(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setValidating(false);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return new WorkflowDescriptor(document.getDocumentElement());
    }
}
