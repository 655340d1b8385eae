package org.salespipeline.demo;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.UpdateIssueRequest;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salespipeline.demo.data.DealSpec;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.demo.data.PipelineSpec;
import org.salespipeline.history.StatusChange;
import org.salespipeline.jira.DealFields;

/**
 * The part of Jira the demo host stands in for: three users (dana reads Jira in Hebrew), the projects and deal issues of its data with
 * their fields, who may browse what, and the user of the current request.
 */
public final class DemoJira {

    public static final String ADMIN = "admin";
    public static final String REP = "rep";
    /** A sales rep like rep, whose Jira language is Hebrew. */
    public static final String DANA = "dana";
    /** Jira's locale of each demo user: Hebrew, by Jira's legacy code, for dana; English for the others. */
    private static final Map<String, java.util.Locale> LOCALES = Map.of(DANA, new java.util.Locale("iw", "IL"));

    private final ThreadLocal<ApplicationUser> currentUser = new ThreadLocal<>();
    private final Map<String, DemoProject> projects = new LinkedHashMap<>();
    private final Map<String, DemoIssue> issues = new LinkedHashMap<>();
    /** The same issues by id, as Jira's issue manager finds them by id without reading every issue. */
    private final Map<Long, DemoIssue> issuesById = new java.util.HashMap<>();
    private final String repProject;
    private final java.util.concurrent.atomic.AtomicInteger updates = new java.util.concurrent.atomic.AtomicInteger();
    private volatile java.util.function.Function<String, WorkflowDescriptor> workflows = projectKey -> null;

    /** A project of the demo: id and key; its name is its key, and its only issue type is Deal. */
    record DemoProject(Long getId, String getKey) implements Project {
        @Override
        public String getName() {
            return getKey;
        }

        @Override
        public Collection<IssueType> getIssueTypes() {
            return List.of(DEAL_TYPE);
        }
    }

    /** An issue type of the demo. */
    record DemoIssueType(String getId, String getName) implements IssueType {
    }

    /** The Deal issue type, the same in every demo project. */
    static final IssueType DEAL_TYPE = new DemoIssueType("10100", "Deal");

    /** A custom field of the demo, identified by its name; one configuration everywhere. */
    record DemoField(String getId) implements CustomField {
        @Override
        public String getFieldName() {
            return getId;
        }

        @Override
        public FieldConfig getRelevantConfig(Issue issue) {
            return new DemoFieldConfig(getId);
        }

        @Override
        public FieldConfig getRelevantConfig(com.atlassian.jira.issue.context.IssueContext issueContext) {
            return new DemoFieldConfig(getId);
        }

        /** The type provisioning gives a deal field of this name; a select list for any other name. */
        @Override
        public com.atlassian.jira.issue.customfields.CustomFieldType<?, ?> getCustomFieldType() {
            org.salespipeline.provisioning.FieldKind kind = org.salespipeline.provisioning.DealFieldSpecs.all().stream()
                    .filter(spec -> spec.name().equals(getId)).map(org.salespipeline.provisioning.FieldSpec::kind)
                    .findFirst().orElse(org.salespipeline.provisioning.FieldKind.SELECT);
            String key = org.salespipeline.jira.provisioning.JiraFields.TYPES
                    + org.salespipeline.jira.provisioning.JiraFields.typeKey(kind);
            return () -> key;
        }
    }

    /** The configuration of a demo field, naming the field. */
    record DemoFieldConfig(String fieldName) implements FieldConfig {
    }

    /** The options of the demo's select lists that have a fixed set: the four BANT fields. */
    private static final List<String> BANT_OPTIONS = org.salespipeline.provisioning.DealFieldSpecs.BANT_OPTIONS;

    /** A workflow status of a demo project: in the demo a status's id is its name; category new, indeterminate or done. */
    public record DemoStatus(String id, String name, String category) {

        /** This status as Jira's workflow reports it. */
        Status asJira() {
            StatusCategory statusCategory = () -> category;
            return new Status() {
                @Override
                public String getId() {
                    return id;
                }

                @Override
                public String getName() {
                    return name;
                }

                @Override
                public StatusCategory getStatusCategory() {
                    return statusCategory;
                }
            };
        }
    }

    /** The project the demo keeps without a pipeline, with a workflow of its own, for setting one up. */
    public static final String UNCONFIGURED_PROJECT = "INITECH";
    private static final List<DemoStatus> UNCONFIGURED_WORKFLOW = List.of(new DemoStatus("Lead", "Lead", "new"),
            new DemoStatus("Contacted", "Contacted", "indeterminate"), new DemoStatus("Qualified", "Qualified", "indeterminate"),
            new DemoStatus("Demo Given", "Demo Given", "indeterminate"), new DemoStatus("Proposal Sent", "Proposal Sent", "indeterminate"),
            new DemoStatus("Signing", "Signing", "indeterminate"), new DemoStatus("Won", "Won", "done"),
            new DemoStatus("Lost", "Lost", "done"), new DemoStatus("Dropped", "Dropped", "done"));

    /** Where each status of the seven-stage template has its counterpart in INITECH's own workflow. */
    static final Map<String, String> UNCONFIGURED_COUNTERPARTS = Map.of("Prospecting", "Lead", "Qualification", "Qualified",
            "Initial Contact", "Contacted", "Needs Assessment", "Demo Given", "Proposal", "Proposal Sent",
            "Negotiation", "Signing", "Closing", "Signing", "Closed Won", "Won", "Closed Lost", "Lost",
            "Disqualified", "Dropped");
    /** The statuses whose reason is a disqualification reason, in either workflow. */
    private static final Set<String> DISQUALIFYING = Set.of("Disqualified", UNCONFIGURED_COUNTERPARTS.get("Disqualified"));

    private final Map<String, List<DemoStatus>> statuses = new LinkedHashMap<>();

    /** The data's projects and deals, and INITECH (unless the data has it) without deals. */
    public DemoJira(HistoryFile data) {
        this(data, List.of());
    }

    /** The data's projects and deals, and INITECH (unless the data has it) with the given deals in its own workflow. */
    public DemoJira(HistoryFile data, List<DealSpec> unconfiguredDeals) {
        long projectId = 10_000;
        for (PipelineSpec pipeline : data.pipelines()) {
            projects.put(pipeline.project(), new DemoProject(projectId++, pipeline.project()));
            statuses.put(pipeline.project(), new java.util.ArrayList<>(templateStatuses(pipeline)));
        }
        boolean unconfigured = !projects.containsKey(UNCONFIGURED_PROJECT);
        if (unconfigured) {
            projects.put(UNCONFIGURED_PROJECT, new DemoProject(projectId, UNCONFIGURED_PROJECT));
            statuses.put(UNCONFIGURED_PROJECT, new java.util.ArrayList<>(UNCONFIGURED_WORKFLOW));
        }
        for (DealSpec deal : data.deals()) {
            issues.put(deal.key(), issue(deal));
        }
        if (unconfigured) {
            unconfiguredDeals.forEach(deal -> issues.put(deal.key(), issue(deal)));
        }
        issues.values().forEach(issue -> issuesById.put(issue.getId(), issue));
        this.repProject = data.pipelines().get(0).project();
    }

    private DemoIssue issue(DealSpec deal) {
        DemoIssue issue = new DemoIssue(deal.issueId(), deal.key(), deal.summary(), projects.get(deal.projectKey()),
                deal.created(), deal.owner());
        issue.set(DealFields.AMOUNT, deal.amount());
        issue.set(DealFields.CLOSE_DATE, deal.closeDate() == null ? null : Timestamp.valueOf(deal.closeDate().atStartOfDay()));
        // A reason is entered on the move's screen, so it lands in the move's change group.
        for (StatusChange change : deal.history()) {
            String field = DISQUALIFYING.contains(change.statusId()) ? DealFields.DISQUALIFICATION_REASON : DealFields.LOST_REASON;
            issue.transition(change, change.reason() == null ? Map.of() : Map.of(field, new DemoIssue.DemoOption(change.reason())));
        }
        // The history's amount and close-date revisions, as Jira's change history holds them: raw values, oldest first.
        deal.fieldChanges().stream().sorted(java.util.Comparator.comparing(org.salespipeline.history.FieldChange::at))
                .forEach(change -> issue.fieldChanged(change.field() == org.salespipeline.history.DealField.AMOUNT
                                ? DealFields.AMOUNT : DealFields.CLOSE_DATE, jiraValue(change.field(), change.from()),
                        jiraValue(change.field(), change.to()), change.at()));
        if (wasQualified(deal)) {
            qualify(issue);
        }
        return issue;
    }

    /** A field's kept value as the issue holds it: a number, or a date as a timestamp at midnight. */
    private static Object jiraValue(org.salespipeline.history.DealField field, String kept) {
        if (kept == null) {
            return null;
        }
        return field == org.salespipeline.history.DealField.AMOUNT ? (Object) Double.valueOf(kept)
                : Timestamp.valueOf(java.time.LocalDate.parse(kept).atStartOfDay());
    }

    /** Whether the deal ever got past prospecting and qualification (or was won), as only a qualified deal can. */
    private static boolean wasQualified(DealSpec deal) {
        List<String> unqualified = List.of("Prospecting", "Qualification", "Closed Lost", "Disqualified");
        List<String> either = new java.util.ArrayList<>(unqualified);
        unqualified.forEach(status -> either.add(UNCONFIGURED_COUNTERPARTS.get(status)));
        return deal.history().stream().map(StatusChange::statusId).anyMatch(status -> !either.contains(status));
    }

    /** BANT answers of a qualified deal: three criteria confirmed, and the timeline confirmed for every other deal. */
    private static void qualify(DemoIssue issue) {
        List<String> answers = List.of("Confirmed", "Confirmed", "Confirmed", issue.getId() % 2 == 0 ? "Confirmed" : "Partial");
        org.salespipeline.qualification.BantCriterion[] criteria = org.salespipeline.qualification.BantCriterion.values();
        for (int i = 0; i < criteria.length; i++) {
            issue.set(criteria[i].label(), new DemoIssue.DemoOption(answers.get(i)));
        }
        issue.set(org.salespipeline.jira.BantScoreWriter.SCORE, issue.getId() % 2 == 0 ? 4.0 : 3.5);
    }

    private static List<DemoStatus> templateStatuses(PipelineSpec pipeline) {
        List<String> names = pipeline.statusNames();
        List<DemoStatus> result = new java.util.ArrayList<>();
        for (String name : names) {
            boolean outcome = pipeline.config().mapping().lines().stream()
                    .anyMatch(line -> line.statusId().equals(name) && !line.target().isOpenStage());
            result.add(new DemoStatus(name, name, outcome ? "done" : result.isEmpty() ? "new" : "indeterminate"));
        }
        return result;
    }

    /** The keys of every demo project, with or without a pipeline. */
    public Set<String> projectKeys() {
        return java.util.Collections.unmodifiableSet(projects.keySet());
    }

    /** The statuses of the project's workflow, in workflow order; empty for an unknown project. */
    public synchronized List<DemoStatus> statuses(String projectKey) {
        return List.copyOf(statuses.getOrDefault(projectKey, List.of()));
    }

    /** Adds a status to the project's workflow, or returns the one of that name it has already. */
    public synchronized DemoStatus addStatus(String projectKey, String name, String category) {
        List<DemoStatus> workflow = statuses.computeIfAbsent(projectKey, key -> new java.util.ArrayList<>());
        for (DemoStatus status : workflow) {
            if (status.name().equalsIgnoreCase(name)) {
                return status;
            }
        }
        DemoStatus status = new DemoStatus(name, name, category);
        workflow.add(status);
        return status;
    }

    /** Removes the status with this id from the project's workflow. */
    public synchronized void removeStatus(String projectKey, String statusId) {
        statuses.getOrDefault(projectKey, new java.util.ArrayList<>()).removeIf(status -> status.id().equals(statusId));
    }

    /** The user for a name and password, or null: each demo user's password is its name. */
    public ApplicationUser authenticate(String username, String password) {
        return List.of(ADMIN, REP, DANA).contains(username) && username.equals(password) ? user(username) : null;
    }

    public void runAs(ApplicationUser user, Runnable request) {
        currentUser.set(user);
        try {
            request.run();
        } finally {
            currentUser.remove();
        }
    }

    public Set<String> projectsOf(String username) {
        return ADMIN.equals(username) ? projects.keySet() : Set.of(repProject);
    }

    /** How many issue updates the app asked for (they fire no event). */
    public int updates() {
        return updates.get();
    }

    public DemoIssue issue(String key) {
        return issues.get(key);
    }

    public Collection<DemoIssue> issues() {
        return issues.values();
    }

    public JiraAuthenticationContext authenticationContext() {
        return new JiraAuthenticationContext() {
            @Override
            public ApplicationUser getLoggedInUser() {
                return currentUser.get();
            }

            @Override
            public java.util.Locale getLocale() {
                ApplicationUser user = currentUser.get();
                return user == null ? java.util.Locale.US : LOCALES.getOrDefault(user.getUsername(), java.util.Locale.US);
            }
        };
    }

    public ProjectManager projectManager() {
        return new ProjectManager() {
            @Override
            public Project getProjectByCurrentKey(String projectKey) {
                return projects.get(projectKey);
            }

            @Override
            public List<Project> getProjectObjects() {
                return List.copyOf(projects.values());
            }
        };
    }

    /**
     * The descriptor of each project's workflow, once the app can say (the demo moves deals through the workflow the
     * app generates for the project's pipeline); null for a project without one.
     */
    public void useWorkflows(java.util.function.Function<String, WorkflowDescriptor> byProject) {
        this.workflows = byProject;
    }

    /**
     * Jira's IssueWorkflowManager as the demo offers it: every transition of the issue's workflow (the generated
     * workflow has no conditions, so each is open to everyone who may edit the issue).
     */
    public IssueWorkflowManager issueWorkflowManager() {
        return (issue, user) -> {
            WorkflowDescriptor workflow = workflows.apply(issue.getProjectObject().getKey());
            List<ActionDescriptor> actions = new java.util.ArrayList<>();
            if (workflow != null) {
                for (Object action : workflow.getGlobalActions()) {
                    actions.add((ActionDescriptor) action);
                }
            }
            return actions;
        };
    }

    /** Each demo project's Deal type uses the project's own workflow, whose statuses are {@link #statuses(String)}. */
    public WorkflowManager workflowManager() {
        return new WorkflowManager() {
            @Override
            public JiraWorkflow getWorkflow(Long projectId, String issueTypeId) {
                String projectKey = projects.values().stream().filter(p -> p.getId().equals(projectId))
                        .map(DemoProject::getKey).findFirst().orElse(null);
                if (projectKey == null || !DEAL_TYPE.getId().equals(issueTypeId)) {
                    return null;
                }
                return workflow(projectKey);
            }

            @Override
            public JiraWorkflow getWorkflow(Issue issue) {
                return workflow(issue.getProjectObject().getKey());
            }

            @Override
            public JiraWorkflow getWorkflow(String name) {
                throw refusedWorkflowChange();
            }

            @Override
            public java.util.Collection<JiraWorkflow> getWorkflows() {
                throw refusedWorkflowChange();
            }

            @Override
            public void createWorkflow(ApplicationUser creator, JiraWorkflow workflow) {
                throw refusedWorkflowChange();
            }

            @Override
            public void deleteWorkflow(JiraWorkflow workflow) {
                throw refusedWorkflowChange();
            }
        };
    }

    private JiraWorkflow workflow(String projectKey) {
        return new JiraWorkflow() {
            @Override
            public List<Status> getLinkedStatusObjects() {
                return statuses(projectKey).stream().map(DemoStatus::asJira).toList();
            }

            @Override
            public String getName() {
                return projectKey + " workflow";
            }

            @Override
            public WorkflowDescriptor getDescriptor() {
                return workflows.apply(projectKey);
            }
        };
    }

    private static UnsupportedOperationException refusedWorkflowChange() {
        return new UnsupportedOperationException("The demo provisions workflows through DemoProvisioning");
    }

    /** Options of the BANT select lists (Unknown, Partial, Confirmed, matched ignoring case); other select lists take any value. */
    public OptionsManager optionsManager() {
        return new OptionsManager() {
            @Override
            public Options getOptions(FieldConfig config) {
                return new DemoOptions(((DemoFieldConfig) config).fieldName());
            }

            @Override
            public Option createOption(FieldConfig config, Long parentOptionId, Long sequence, String value) {
                throw new UnsupportedOperationException("The demo provisions options through DemoProvisioning");
            }

            @Override
            public Option findByOptionId(Long optionId) {
                throw new UnsupportedOperationException("The demo provisions options through DemoProvisioning");
            }

            @Override
            public void deleteOptionAndChildren(Option option) {
                throw new UnsupportedOperationException("The demo provisions options through DemoProvisioning");
            }
        };
    }

    /** The options of one demo select list: the BANT fields have a fixed set, the others take any value. */
    private static final class DemoOptions extends java.util.AbstractList<Option> implements Options {
        private final boolean bant;

        DemoOptions(String fieldName) {
            this.bant = java.util.Arrays.stream(org.salespipeline.qualification.BantCriterion.values())
                    .anyMatch(criterion -> criterion.label().equals(fieldName));
        }

        @Override
        public Option getOptionForValue(String value, Long parentOptionId) {
            if (!bant) {
                return value == null ? null : new DemoIssue.DemoOption(value);
            }
            return BANT_OPTIONS.stream().filter(option -> option.equalsIgnoreCase(value)).findFirst()
                    .map(DemoIssue.DemoOption::new).orElse(null);
        }

        @Override
        public Option get(int index) {
            return new DemoIssue.DemoOption(bant ? BANT_OPTIONS.get(index) : null);
        }

        @Override
        public int size() {
            return bant ? BANT_OPTIONS.size() : 0;
        }
    }

    /** Gives a deal another summary, as an edit in Jira would. */
    public void rename(String issueKey, String summary) {
        issues.get(issueKey).rename(summary);
    }

    public CustomFieldManager customFieldManager() {
        return new DemoCustomFieldManager(name -> List.of(new DemoField(name)));
    }

    /** The demo issues' change history, as Jira's ChangeHistoryManager gives it. */
    public ChangeHistoryManager changeHistoryManager() {
        return new DemoChangeHistory(this);
    }

    public IssueManager issueManager() {
        return new IssueManager() {
            @Override
            public MutableIssue getIssueObject(String key) {
                return issues.get(key);
            }

            @Override
            public MutableIssue getIssueObject(Long id) {
                return id == null ? null : issuesById.get(id);
            }

            /** The demo's issues hold their values already; like a no-dispatch update, this fires nothing. */
            @Override
            public Issue updateIssue(ApplicationUser user, MutableIssue issue, UpdateIssueRequest request) {
                updates.incrementAndGet();
                return issue;
            }

            @Override
            public Collection<Long> getIssueIdsForProject(Long projectId) {
                return issues.values().stream().filter(i -> i.getProjectObject().getId().equals(projectId))
                        .map(DemoIssue::getId).toList();
            }
        };
    }

    public PermissionManager permissionManager() {
        return new PermissionManager() {
            @Override
            public boolean hasPermission(ProjectPermissionKey key, Issue issue, ApplicationUser user) {
                return user != null && projectsOf(user.getUsername()).contains(issue.getProjectObject().getKey());
            }

            @Override
            public boolean hasPermission(ProjectPermissionKey key, Project project, ApplicationUser user) {
                return user != null && projectsOf(user.getUsername()).contains(project.getKey());
            }
        };
    }

    /** Only the admin is a Jira administrator. */
    public GlobalPermissionManager globalPermissionManager() {
        return (key, user) -> user != null && ADMIN.equals(user.getUsername());
    }

    /** The demo user with this user name (exactly as the demo spells it), or null. */
    static ApplicationUser user(String username) {
        return USERS.get(username);
    }

    /**
     * The assignee Jira gives an issue assigned to this user name: the user, also one who has left (Jira keeps their
     * key on the issue); an unknown name, as a history file may hold, is its own key.
     */
    static ApplicationUser assignee(String username) {
        DemoUser user = USERS.get(username);
        return user != null ? user : new DemoUser(username, username, username);
    }

    /** The user key the demo's Jira keeps an issue's assignee by. */
    public static String keyOf(String username) {
        return username == null ? null : assignee(username).getKey();
    }

    /**
     * Jira's user look-ups over the demo's users: by key exactly, by user name ignoring case; neither finds a user
     * who has left.
     */
    public UserManager userManager() {
        return new UserManager() {
            @Override
            public ApplicationUser getUserByKey(String userKey) {
                return USERS.values().stream().filter(u -> u.key().equals(userKey) && !u.username().equals(FORMER))
                        .findFirst().orElse(null);
            }

            @Override
            public ApplicationUser getUserByName(String userName) {
                return USERS.values().stream().filter(u -> u.username().equalsIgnoreCase(userName) && !u.username().equals(FORMER))
                        .findFirst().orElse(null);
            }
        };
    }

    /**
     * The demo's users by user name. The admin dates from before Jira had user keys, so the key is the user name;
     * everyone since has a generated key unlike the name (rep is JIRAUSER10100), as in any Jira created after 6.0.
     */
    private static final Map<String, DemoUser> USERS = users();

    /** A sales rep who has left: their deals keep their key, which Jira no longer knows. */
    public static final String FORMER = "rosa.ortega";

    /** The user key of rep, the demo's sales rep. */
    public static final String REP_KEY = "JIRAUSER10100";

    /** The user key of dana, who reads Jira in Hebrew. */
    public static final String DANA_KEY = "JIRAUSER10099";

    /** The display name of rep. */
    public static final String REP_NAME = "Ravi Shah";

    private static Map<String, DemoUser> users() {
        Map<String, DemoUser> users = new LinkedHashMap<>();
        users.put(ADMIN, new DemoUser(ADMIN, ADMIN, "Admin"));
        users.put(REP, new DemoUser(REP_KEY, REP, REP_NAME));
        users.put(DANA, new DemoUser(DANA_KEY, DANA, "Dana Levi"));
        int key = 10101;
        for (String owner : org.salespipeline.demo.data.DealGenerator.OWNERS) {
            users.put(owner, new DemoUser("JIRAUSER" + key++, owner, displayName(owner)));
        }
        return java.util.Collections.unmodifiableMap(users);
    }

    /** anna.berg → Anna Berg. */
    private static String displayName(String username) {
        StringBuilder name = new StringBuilder();
        for (String part : username.split("\\.")) {
            if (!part.isEmpty()) {
                name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /** A user of the demo: key, user name and display name. */
    record DemoUser(String key, String username, String displayName) implements ApplicationUser {

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public String getDisplayName() {
            return displayName;
        }
    }
}
