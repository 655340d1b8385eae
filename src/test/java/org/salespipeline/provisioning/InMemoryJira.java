package org.salespipeline.provisioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Jira's provisioning parts in memory — statuses, workflows and schemes, issue types, fields with their
 * contexts and options, screens — for tests and the demo host. A chosen step can be made to fail (with
 * any exception or error), and so can the undo of a chosen kind of part.
 */
public class InMemoryJira implements StatusPort, WorkflowPort, IssueTypePort, FieldPort, ScreenPort {

    /** The screens every project shows for every issue type. */
    public static final List<Screen> SCREENS = List.of(new Screen("1", "Default Screen"), new Screen("2", "Deal View Screen"));

    private final AtomicInteger ids = new AtomicInteger(100);
    private final Map<String, String> statuses = new LinkedHashMap<>();
    private final Map<String, String> statusCategories = new HashMap<>();
    private final Map<String, String> workflows = new LinkedHashMap<>();
    private final Map<String, List<String>> schemes = new LinkedHashMap<>();
    private final Map<String, String> projectSchemes = new HashMap<>();
    private final Map<String, String> issueTypes = new LinkedHashMap<>();
    private final Map<String, Set<String>> projectTypes = new HashMap<>();
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
    private final Map<String, String> textFields = new LinkedHashMap<>();
    private final Map<String, List<String>> contexts = new LinkedHashMap<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final Map<String, List<String>> screenFields = new HashMap<>();
    private final Map<String, Throwable> failures = new HashMap<>();
    private final Set<String> failingUndos = new LinkedHashSet<>();

    /** Makes the next attempt to create a part of this kind (a provisioning step name) throw the failure. */
    public synchronized void failOn(String kind, Throwable failure) {
        failures.put(kind, failure);
    }

    /** Makes undoing parts of this kind fail. */
    public synchronized void failUndoOf(String kind) {
        failingUndos.add(kind);
    }

    /** Everything held, in a form tests compare before and after a run. */
    public synchronized String snapshot() {
        Map<String, Object> all = new TreeMap<>();
        all.put("statuses", new TreeMap<>(statusesForSnapshot()));
        all.put("workflows", new TreeMap<>(workflows));
        all.put("schemes", new TreeMap<>(schemes));
        all.put("projectSchemes", new TreeMap<>(projectSchemes));
        all.put("issueTypes", new TreeMap<>(issueTypes));
        all.put("projectTypes", new TreeMap<>(projectTypes));
        all.put("fields", new TreeMap<>(fields));
        all.put("contexts", new TreeMap<>(contexts));
        all.put("options", new TreeMap<>(options));
        all.put("screenFields", new TreeMap<>(screenFields));
        return all.toString();
    }

    /** The statuses by id with their names; the demo keeps its statuses elsewhere. */
    protected Map<String, String> statusesForSnapshot() {
        return statuses;
    }

    public synchronized String workflowXml(String name) {
        return workflows.get(name);
    }

    public synchronized String statusCategory(String statusId) {
        return statusCategories.get(statusId);
    }

    /** The fields and their specs, by id. */
    public synchronized Map<String, FieldSpec> fields() {
        return Map.copyOf(fields);
    }

    /** Option values of a field, in order. */
    public synchronized List<String> optionValues(String fieldId) {
        List<String> values = new ArrayList<>();
        options.forEach((id, option) -> {
            if (option.get(0).equals(fieldId)) {
                values.add(option.get(1));
            }
        });
        return values;
    }

    /** Context ids of a field with the project and issue type each covers. */
    public synchronized List<List<String>> contextsOf(String fieldId) {
        return contexts.values().stream().filter(context -> context.get(0).equals(fieldId)).toList();
    }

    public synchronized List<String> fieldsOnScreen(String screenId) {
        return List.copyOf(screenFields.getOrDefault(screenId, List.of()));
    }

    public synchronized Set<String> projectIssueTypes(String projectKey) {
        return Set.copyOf(projectTypes.getOrDefault(projectKey, Set.of()));
    }

    public synchronized Optional<String> workflowSchemeOf(String projectKey) {
        return Optional.ofNullable(projectSchemes.get(projectKey));
    }

    /** The issue type and workflow a scheme maps. */
    public synchronized List<String> scheme(String schemeId) {
        return schemes.get(schemeId);
    }

    protected synchronized void maybeFail(String kind) {
        Throwable failure = failures.remove(kind);
        if (failure instanceof RuntimeException exception) {
            throw exception;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    protected synchronized void maybeFailUndo(String kind) {
        if (failingUndos.contains(kind)) {
            throw new IllegalStateException("Jira refused to remove the " + kind);
        }
    }

    private String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    private static Optional<String> byName(Map<String, String> namesById, String name) {
        return namesById.entrySet().stream().filter(entry -> entry.getValue().equalsIgnoreCase(name)).map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public synchronized Optional<String> findStatus(String projectKey, String name) {
        return byName(statuses, name);
    }

    @Override
    public synchronized String createStatus(String projectKey, String name, StatusCategory category) {
        maybeFail("status");
        String id = nextId();
        statuses.put(id, name);
        statusCategories.put(id, category.key());
        return id;
    }

    @Override
    public synchronized void deleteStatus(String projectKey, String statusId) {
        maybeFailUndo("status");
        statuses.remove(statusId);
    }

    /** A status that existed before provisioning. */
    public synchronized String givenStatus(String name, StatusCategory category) {
        String id = nextId();
        statuses.put(id, name);
        statusCategories.put(id, category.key());
        return id;
    }

    @Override
    public synchronized Optional<String> findWorkflow(String name) {
        return workflows.keySet().stream().filter(name::equalsIgnoreCase).findFirst();
    }

    @Override
    public synchronized void createWorkflow(String name, String workflowXml) {
        maybeFail("workflow");
        workflows.put(name, workflowXml);
    }

    @Override
    public synchronized void deleteWorkflow(String name) {
        maybeFailUndo("workflow");
        workflows.remove(name);
    }

    @Override
    public synchronized Optional<String> findWorkflowScheme(String name) {
        return schemes.entrySet().stream().filter(entry -> entry.getValue().get(0).equalsIgnoreCase(name))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized String createWorkflowScheme(String name, String issueTypeId, String workflowName) {
        maybeFail("workflow-scheme");
        String id = nextId();
        schemes.put(id, List.of(name, issueTypeId, workflowName));
        return id;
    }

    @Override
    public synchronized void deleteWorkflowScheme(String schemeId) {
        maybeFailUndo("workflow-scheme");
        schemes.remove(schemeId);
    }

    @Override
    public synchronized Optional<String> projectWorkflowScheme(String projectKey) {
        return Optional.ofNullable(projectSchemes.get(projectKey));
    }

    @Override
    public synchronized void assignWorkflowScheme(String projectKey, Optional<String> schemeId) {
        if (schemeId.isPresent()) {
            maybeFail("project-workflow-scheme");
            projectSchemes.put(projectKey, schemeId.get());
        } else {
            maybeFailUndo("project-workflow-scheme");
            projectSchemes.remove(projectKey);
        }
    }

    /** A workflow scheme the project used before provisioning. */
    public synchronized String givenProjectScheme(String projectKey, String name) {
        String id = nextId();
        schemes.put(id, List.of(name, "", "jira"));
        projectSchemes.put(projectKey, id);
        return id;
    }

    @Override
    public synchronized Optional<String> findIssueType(String name) {
        return byName(issueTypes, name);
    }

    @Override
    public synchronized String createIssueType(String name, String description) {
        maybeFail("issue-type");
        String id = nextId();
        issueTypes.put(id, name);
        return id;
    }

    @Override
    public synchronized void deleteIssueType(String issueTypeId) {
        maybeFailUndo("issue-type");
        issueTypes.remove(issueTypeId);
    }

    @Override
    public synchronized boolean projectHasIssueType(String projectKey, String issueTypeId) {
        return projectTypes.getOrDefault(projectKey, Set.of()).contains(issueTypeId);
    }

    @Override
    public synchronized void addIssueTypeToProject(String projectKey, String issueTypeId) {
        maybeFail("issue-type-scheme");
        projectTypes.computeIfAbsent(projectKey, key -> new LinkedHashSet<>()).add(issueTypeId);
    }

    @Override
    public synchronized void removeIssueTypeFromProject(String projectKey, String issueTypeId) {
        maybeFailUndo("issue-type-scheme");
        projectTypes.computeIfPresent(projectKey, (key, types) -> {
            types.remove(issueTypeId);
            return types.isEmpty() ? null : types;
        });
    }

    @Override
    public synchronized Optional<String> findField(String name) {
        return fields.entrySet().stream().filter(entry -> entry.getValue().name().equalsIgnoreCase(name))
                .map(Map.Entry::getKey).findFirst()
                .or(() -> textFields.entrySet().stream().filter(entry -> entry.getValue().equalsIgnoreCase(name))
                        .map(Map.Entry::getKey).findFirst());
    }

    /** A text field that existed before, which no provisioning step can use as a select list. */
    public synchronized String givenTextField(String name) {
        String id = "customfield_" + nextId();
        textFields.put(id, name);
        contexts.put(nextId(), java.util.Arrays.asList(id, null, null));
        return id;
    }

    @Override
    public synchronized boolean isSelectList(String fieldId) {
        return fields.containsKey(fieldId) && fields.get(fieldId).kind() == FieldKind.SELECT;
    }

    /** A context without a project covers every project: it is shared; one for a project is that project's alone. */
    @Override
    public synchronized Optional<Boolean> contextShared(String fieldId, String projectKey, String issueTypeId) {
        return contexts.values().stream().filter(context -> context.get(0).equals(fieldId)
                        && (context.get(1) == null || context.get(1).equals(projectKey)))
                .findFirst().map(context -> context.get(1) == null);
    }

    @Override
    public synchronized String createField(FieldSpec field, String projectKey, String issueTypeId) {
        maybeFail("field");
        String id = "customfield_" + nextId();
        fields.put(id, field);
        contexts.put(nextId(), List.of(id, projectKey, issueTypeId));
        return id;
    }

    /** A field that existed before provisioning, with a context for the given project (null: every project). */
    public synchronized String givenField(FieldSpec field, String projectKey) {
        String id = "customfield_" + nextId();
        fields.put(id, field);
        contexts.put(nextId(), java.util.Arrays.asList(id, projectKey, null));
        return id;
    }

    @Override
    public synchronized void deleteField(String fieldId) {
        maybeFailUndo("field");
        fields.remove(fieldId);
        contexts.values().removeIf(context -> context.get(0).equals(fieldId));
        options.values().removeIf(option -> option.get(0).equals(fieldId));
    }

    @Override
    public synchronized boolean fieldApplies(String fieldId, String projectKey, String issueTypeId) {
        return contexts.values().stream().anyMatch(context -> context.get(0).equals(fieldId)
                && (context.get(1) == null || context.get(1).equals(projectKey))
                && (context.get(2) == null || context.get(2).equals(issueTypeId)));
    }

    @Override
    public synchronized String addFieldContext(String fieldId, String projectKey, String issueTypeId) {
        maybeFail("field-context");
        String id = nextId();
        contexts.put(id, List.of(fieldId, projectKey, issueTypeId));
        return id;
    }

    @Override
    public synchronized void deleteFieldContext(String contextId) {
        maybeFailUndo("field-context");
        contexts.remove(contextId);
    }

    @Override
    public synchronized List<String> options(String fieldId, String projectKey, String issueTypeId) {
        return optionValues(fieldId);
    }

    @Override
    public synchronized String createOption(String fieldId, String projectKey, String issueTypeId, String value) {
        maybeFail("option");
        String id = nextId();
        options.put(id, List.of(fieldId, value));
        return id;
    }

    /** An option that existed before provisioning. */
    public synchronized void givenOption(String fieldId, String value) {
        options.put(nextId(), List.of(fieldId, value));
    }

    @Override
    public synchronized void deleteOption(String optionId) {
        maybeFailUndo("option");
        options.remove(optionId);
    }

    @Override
    public synchronized List<Screen> screens(String projectKey, String issueTypeId) {
        return SCREENS;
    }

    @Override
    public synchronized boolean screenHasField(String screenId, String fieldId) {
        return screenFields.getOrDefault(screenId, List.of()).contains(fieldId);
    }

    @Override
    public synchronized void addFieldToScreen(String screenId, String fieldId) {
        maybeFail("screen");
        screenFields.computeIfAbsent(screenId, key -> new ArrayList<>()).add(fieldId);
    }

    @Override
    public synchronized void removeFieldFromScreen(String screenId, String fieldId) {
        maybeFailUndo("screen");
        screenFields.computeIfPresent(screenId, (key, fieldIds) -> {
            fieldIds.remove(fieldId);
            return fieldIds.isEmpty() ? null : fieldIds;
        });
    }

    /** Host services this Jira does not offer, as its parts report them before a run. */
    public final List<String> notOffered = new ArrayList<>();

    @Override
    public List<String> unavailable() {
        return List.copyOf(notOffered);
    }

    public JiraParts parts() {
        return new JiraParts(this, this, this, this, this);
    }
}
