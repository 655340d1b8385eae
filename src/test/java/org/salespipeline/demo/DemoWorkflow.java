package org.salespipeline.demo;

import com.atlassian.jira.event.type.EventType;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.history.StatusChange;
import org.salespipeline.jira.workflow.WorkflowStatus;
import org.salespipeline.jira.workflow.WorkflowXml;
import org.springframework.context.ApplicationContext;

/**
 * Moves demo deals as Jira's workflow engine would: through the app's generated workflow, running the
 * validators its transition declares (built by the app's container, like Jira builds plugin validators),
 * then changing the status and telling the app's listener.
 */
public final class DemoWorkflow {

    private final ApplicationContext app;
    private final DemoJira jira;
    private final DemoEvents events;
    private final Clock clock;

    DemoWorkflow(ApplicationContext app, DemoJira jira, DemoEvents events, Clock clock) {
        this.app = app;
        this.jira = jira;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the given fields (as a transition screen would) and moves the deal into the status; when a
     * validator refuses, nothing changes and the refusal's messages come back.
     */
    public List<String> transition(String issueKey, String status, Map<String, Object> screenFields) throws Exception {
        DemoIssue issue = jira.issue(issueKey);
        PipelineConfig config = app.getBean(PipelineDirectory.class).find(issue.getProjectObject().getKey()).orElseThrow();
        ActionDescriptor action = actionInto(workflow(config), status);
        Map<String, Object> before = new java.util.HashMap<>();
        screenFields.forEach((field, value) -> {
            before.put(field, issue.get(field));
            issue.set(field, value);
        });
        List<String> refusals = validate(action, issue);
        if (!refusals.isEmpty()) {
            before.forEach(issue::set);
            return refusals;
        }
        // Jira keeps the screen's fields and the status change in one change group.
        before.forEach(issue::set);
        issue.transition(new StatusChange(clock.instant(), status), screenFields);
        events.issueEvent(EventType.ISSUE_GENERICEVENT_ID, issue);
        return List.of();
    }

    /** Edits the deal's fields, as Jira's edit screen or REST API would, and tells the app's listener. */
    public void edit(String issueKey, Map<String, Object> fields) {
        DemoIssue issue = jira.issue(issueKey);
        fields.forEach(issue::set);
        edited(issue);
    }

    /** Tells the app that the issue's fields were edited (its listener reads any other issue event alike). */
    void edited(DemoIssue issue) {
        events.issueEvent(EventType.ISSUE_GENERICEVENT_ID, issue);
    }

    /** What the validators of the transition into the status would say now, without moving the deal. */
    public List<String> refusals(String issueKey, String status) throws Exception {
        DemoIssue issue = jira.issue(issueKey);
        PipelineConfig config = app.getBean(PipelineDirectory.class).find(issue.getProjectObject().getKey()).orElseThrow();
        return validate(actionInto(workflow(config), status), issue);
    }

    private List<String> validate(ActionDescriptor action, DemoIssue issue) throws ReflectiveOperationException, WorkflowException {
        List<String> refusals = new ArrayList<>();
        for (Object item : action.getValidators()) {
            ValidatorDescriptor descriptor = (ValidatorDescriptor) item;
            Class<?> type = Class.forName((String) descriptor.getArgs().get("class.name"));
            Validator validator = (Validator) app.getAutowireCapableBeanFactory().createBean(type);
            try {
                validator.validate(Map.of("issue", issue), descriptor.getArgs(), null);
            } catch (InvalidInputException refused) {
                refusals.addAll(refused.getGenericErrors());
            }
        }
        return refusals;
    }

    private static ActionDescriptor actionInto(WorkflowDescriptor workflow, String status) {
        for (Object item : workflow.getGlobalActions()) {
            ActionDescriptor action = (ActionDescriptor) item;
            if (action.getName().equals(status)) {
                return action;
            }
        }
        throw new IllegalArgumentException("The sales workflow has no status " + status);
    }

    /** Gives each demo project the workflow the app generates for its pipeline, as it stands when asked. */
    static void useGeneratedWorkflows(DemoJira jira, ApplicationContext app) {
        jira.useWorkflows(projectKey -> app.getBean(PipelineDirectory.class).find(projectKey)
                .map(DemoWorkflow::generated).orElse(null));
    }

    /** The workflow the app generates for the pipeline, loaded as Jira would load it. */
    public static WorkflowDescriptor generated(PipelineConfig config) {
        try {
            return workflow(config);
        } catch (Exception unreadable) {
            throw new IllegalStateException("The generated workflow of " + config.projectKey() + " does not load", unreadable);
        }
    }

    /** The project's workflow as the app generates it, its statuses named (and, in the demo, identified) by name. */
    static WorkflowDescriptor workflow(PipelineConfig config) throws Exception {
        List<WorkflowStatus> statuses = config.mapping().lines().stream()
                .map(line -> new WorkflowStatus(line.statusId(), line.statusId(), line.target())).toList();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        String xml = WorkflowXml.generate(config.pipeline().name(), statuses, config);
        return new WorkflowDescriptor(factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement());
    }
}
