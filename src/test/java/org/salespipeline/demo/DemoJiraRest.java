package org.salespipeline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.criteria.Transition;
import org.salespipeline.jira.DealFields;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.StageRef;
import org.salespipeline.provisioning.DealFieldSpecs;
import org.salespipeline.workspace.DealTransitions;
import org.springframework.context.ApplicationContext;

/**
 * The part of Jira's REST API (version 2) the board uses, as Jira answers it: an issue's transitions with their
 * screen fields, making a transition through the same validators as the issue page, the edit metadata of the reason
 * fields, reading and setting them. The reason fields are on the transition screens of ACME's Lost and Disqualified
 * transitions and on no other project's, so that both ways of giving a reason are there to try.
 */
final class DemoJiraRest extends HttpServlet {

    /** The project whose Lost and Disqualified transitions have the reason field on their screen. */
    static final String SCREENS_WITH_REASONS = "ACME";
    static final Map<String, String> FIELD_IDS = Map.of(DealFields.LOST_REASON, "customfield_10101",
            DealFields.DISQUALIFICATION_REASON, "customfield_10102");

    private static final Pattern PATH = Pattern.compile("/issue/([A-Z][A-Z0-9_]*-[0-9]+)(/transitions|/editmeta)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationContext app;
    private final DemoJira jira;
    private final DemoWorkflow workflow;

    DemoJiraRest(ApplicationContext app, DemoJira jira, DemoWorkflow workflow) {
        this.app = app;
        this.jira = jira;
        this.workflow = workflow;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            answer(response, 404, errors(List.of("Not found."), Map.of()));
            return;
        }
        if (jira.authenticationContext().getLoggedInUser() == null) {
            answer(response, 401, errors(List.of("You are not authenticated."), Map.of()));
            return;
        }
        DemoIssue issue = jira.issue(path.group(1));
        if (issue == null || !jira.projectsOf(jira.authenticationContext().getLoggedInUser().getUsername())
                .contains(issue.getProjectObject().getKey())) {
            answer(response, 404, errors(List.of("Issue does not exist or you do not have permission to see it."), Map.of()));
            return;
        }
        String part = path.group(2) == null ? "" : path.group(2);
        String method = request.getMethod();
        try {
            if (part.equals("/transitions") && method.equals("GET")) {
                answer(response, 200, Map.of("expand", "transitions", "transitions", transitions(issue)));
            } else if (part.equals("/transitions") && method.equals("POST")) {
                transition(issue, JSON.readTree(request.getInputStream()), response);
            } else if (part.equals("/editmeta") && method.equals("GET")) {
                Map<String, Object> fields = new LinkedHashMap<>();
                FIELD_IDS.forEach((name, id) -> fields.put(id, field(name, id)));
                answer(response, 200, Map.of("fields", fields));
            } else if (part.isEmpty() && method.equals("GET")) {
                Map<String, Object> fields = new LinkedHashMap<>();
                FIELD_IDS.forEach((name, id) -> fields.put(id, value(name, issue.get(name))));
                answer(response, 200, Map.of("key", issue.getKey(), "fields", fields));
            } else if (part.isEmpty() && method.equals("PUT")) {
                edit(issue, JSON.readTree(request.getInputStream()), response);
            } else {
                answer(response, 405, errors(List.of("Method not allowed."), Map.of()));
            }
        } catch (IllegalArgumentException bad) {
            answer(response, 400, errors(List.of(bad.getMessage()), Map.of()));
        }
    }

    private List<Map<String, Object>> transitions(DemoIssue issue) {
        List<Map<String, Object>> answer = new ArrayList<>();
        for (Transition transition : app.getBean("dealTransitions", DealTransitions.class).available(issue.getKey())) {
            Map<String, Object> fields = new LinkedHashMap<>();
            screenField(issue, transition).ifPresent(name -> fields.put(FIELD_IDS.get(name), field(name, FIELD_IDS.get(name))));
            answer.add(Map.of("id", String.valueOf(transition.actionId()), "name", transition.name(),
                    "to", Map.of("id", transition.toStatusId(), "name", transition.toStatusName()), "fields", fields));
        }
        return answer;
    }

    /** The reason field on the transition's screen: the outcome's reason for ACME's Lost and Disqualified moves. */
    private Optional<String> screenField(DemoIssue issue, Transition transition) {
        if (!SCREENS_WITH_REASONS.equals(issue.getProjectObject().getKey())) {
            return Optional.empty();
        }
        Optional<StageRef> target = app.getBean(PipelineDirectory.class).find(issue.getProjectObject().getKey())
                .flatMap(config -> config.mapping().target(transition.toStatusId(), config.pipeline()));
        if (target.filter(t -> t.is(Outcome.LOST)).isPresent()) {
            return Optional.of(DealFields.LOST_REASON);
        }
        return target.filter(t -> t.is(Outcome.DISQUALIFIED)).map(t -> DealFields.DISQUALIFICATION_REASON);
    }

    private void transition(DemoIssue issue, JsonNode body, HttpServletResponse response) throws IOException {
        String id = body.path("transition").path("id").asText();
        Transition transition = app.getBean("dealTransitions", DealTransitions.class).available(issue.getKey()).stream()
                .filter(each -> String.valueOf(each.actionId()).equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Transition id '" + id + "' is not valid for this issue."));
        Map<String, Object> screen = new LinkedHashMap<>();
        Optional<String> onScreen = screenField(issue, transition);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        body.path("fields").fields().forEachRemaining(entry -> {
            String name = nameOf(entry.getKey());
            if (name == null || onScreen.filter(name::equals).isEmpty()) {
                fieldErrors.put(entry.getKey(), "Field '" + entry.getKey()
                        + "' cannot be set. It is not on the appropriate screen, or unknown.");
            } else {
                screen.put(name, option(name, entry.getValue()));
            }
        });
        if (!fieldErrors.isEmpty()) {
            answer(response, 400, errors(List.of(), fieldErrors));
            return;
        }
        List<String> refusals;
        try {
            refusals = workflow.transition(issue.getKey(), transition.toStatusId(), screen);
        } catch (Exception failed) {
            refusals = List.of("The transition failed: " + failed.getMessage());
        }
        if (refusals.isEmpty()) {
            response.setStatus(204);
        } else {
            answer(response, 400, errors(refusals, Map.of()));
        }
    }

    private void edit(DemoIssue issue, JsonNode body, HttpServletResponse response) throws IOException {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        body.path("fields").fields().forEachRemaining(entry -> {
            String name = nameOf(entry.getKey());
            if (name == null) {
                fieldErrors.put(entry.getKey(), "Field '" + entry.getKey() + "' cannot be set. It is not on the"
                        + " appropriate screen, or unknown.");
            } else {
                values.put(name, entry.getValue().isNull() ? null : option(name, entry.getValue()));
            }
        });
        if (!fieldErrors.isEmpty()) {
            answer(response, 400, errors(List.of(), fieldErrors));
            return;
        }
        workflow.edit(issue.getKey(), values);
        response.setStatus(204);
    }

    private static String nameOf(String fieldId) {
        return FIELD_IDS.entrySet().stream().filter(e -> e.getValue().equals(fieldId)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static List<String> options(String name) {
        return name.equals(DealFields.LOST_REASON) ? DealFieldSpecs.LOST_REASONS : DealFieldSpecs.DISQUALIFICATION_REASONS;
    }

    /** An option's id: its place in the field's list, after a base per field, as Jira numbers options. */
    private static String optionId(String name, int index) {
        return String.valueOf((name.equals(DealFields.LOST_REASON) ? 10200 : 10300) + index);
    }

    private static Map<String, Object> field(String name, String id) {
        List<Map<String, String>> allowed = new ArrayList<>();
        List<String> options = options(name);
        for (int i = 0; i < options.size(); i++) {
            allowed.add(Map.of("id", optionId(name, i), "value", options.get(i)));
        }
        return Map.of("fieldId", id, "name", name, "required", false, "allowedValues", allowed);
    }

    private static Object value(String name, Object stored) {
        if (!(stored instanceof com.atlassian.jira.issue.customfields.option.Option option)) {
            return null;
        }
        int index = options(name).indexOf(option.getValue());
        return Map.of("id", index < 0 ? "" : optionId(name, index), "value", option.getValue());
    }

    private static DemoIssue.DemoOption option(String name, JsonNode value) {
        String id = value.path("id").asText();
        List<String> options = options(name);
        for (int i = 0; i < options.size(); i++) {
            if (optionId(name, i).equals(id)) {
                return new DemoIssue.DemoOption(options.get(i));
            }
        }
        throw new IllegalArgumentException("Option id '" + id + "' is not valid for " + name + ".");
    }

    private static Map<String, Object> errors(List<String> messages, Map<String, String> fields) {
        return Map.of("errorMessages", messages, "errors", fields);
    }

    private static void answer(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
