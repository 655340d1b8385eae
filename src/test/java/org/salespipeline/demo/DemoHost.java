package org.salespipeline.demo;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.salespipeline.demo.data.HistoryFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Runs the app outside Jira: its real Spring components, REST resources and Active Objects store (an HSQLDB
 * file database, or an existing PostgreSQL or MySQL-family database) in an embedded Jetty, with demo stand-ins for
 * the host's services.
 */
public final class DemoHost implements AutoCloseable {

    private final Server server;
    private final GenericApplicationContext pluginContext;
    private final EntityManager entityManager;
    private final DemoWorkflow workflow;
    private final DemoJira jira;
    private final DemoProvisioning provisioning;

    private DemoHost(Server server, GenericApplicationContext pluginContext, EntityManager entityManager,
            DemoWorkflow workflow, DemoJira jira, DemoProvisioning provisioning) {
        this.server = server;
        this.pluginContext = pluginContext;
        this.entityManager = entityManager;
        this.workflow = workflow;
        this.jira = jira;
        this.provisioning = provisioning;
    }

    /** The demo's workflows, schemes, issue types, fields and screens that provisioning creates or reuses. */
    public DemoProvisioning provisioning() {
        return provisioning;
    }

    /** The demo's stand-in for Jira's issues, users and permissions. */
    public DemoJira jira() {
        return jira;
    }

    /** Moves demo deals through the app's workflow validators. */
    public DemoWorkflow workflow() {
        return workflow;
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        DemoOptions options = DemoOptions.parse(args);
        DemoHost host = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "demo-host-shutdown"));
        System.out.printf("Sales Pipeline demo host is up at %s on %s (started in %d ms). Press Ctrl-C to stop.%n",
                host.baseUrl(), options.jdbc() != null ? options.jdbc() : "HSQLDB in " + options.databaseDirectory(),
                (System.nanoTime() - started) / 1_000_000);
        host.server.join();
    }

    public static DemoHost start(DemoOptions options) throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.load();
        EntityManager entityManager = options.jdbc() != null ? DemoDatabase.existing(options.jdbc())
                : DemoDatabase.hsqldbFile(options.databaseDirectory());
        try {
            return start(options, descriptor, entityManager, true);
        } catch (Exception | Error e) {
            DemoDatabase.close(entityManager);
            throw e;
        }
    }

    /**
     * Runs on an entity manager the caller opened (over a connection pool of its own), instead of the one the options
     * name; the host closes it when it stops, or when it fails to start. Without {@code tickWonChecklists} a loaded data
     * set's won deals keep their checklists as their history left them, which spares a transaction per required item
     * of every won deal on a large data set.
     */
    public static DemoHost start(DemoOptions options, EntityManager entityManager, boolean tickWonChecklists)
            throws Exception {
        try {
            return start(options, PluginDescriptor.load(), entityManager, tickWonChecklists);
        } catch (Exception | Error e) {
            DemoDatabase.close(entityManager);
            throw e;
        }
    }

    private static DemoHost start(DemoOptions options, PluginDescriptor descriptor, EntityManager entityManager,
            boolean tickWonChecklists) throws Exception {
        DemoDatabase.migrate(entityManager, descriptor.aoEntities());
        Clock clock = options.now() == null ? Clock.systemUTC() : Clock.fixed(options.now(), ZoneOffset.UTC);
        HistoryFile data = DemoLoader.data(options, clock.instant());
        DemoJira jira = new DemoJira(data, options.dataFile() == null ? DemoData.unconfigured(clock.instant()) : List.of());
        DemoEvents events = new DemoEvents();
        HostServices hostServices = new HostServices()
                .with(ActiveObjects.class, new EntityManagerActiveObjects(entityManager))
                .with(TransactionalExecutorFactory.class, new EntityManagerExecutorFactory(entityManager))
                .with(JiraAuthenticationContext.class, jira.authenticationContext())
                .with(com.atlassian.jira.user.util.UserManager.class, jira.userManager())
                .with(PermissionManager.class, jira.permissionManager())
                .with(GlobalPermissionManager.class, jira.globalPermissionManager())
                .with(ProjectManager.class, jira.projectManager())
                .with(IssueManager.class, jira.issueManager())
                .with(CustomFieldManager.class, jira.customFieldManager())
                .with(ChangeHistoryManager.class, jira.changeHistoryManager())
                .with(com.atlassian.jira.issue.customfields.manager.OptionsManager.class, jira.optionsManager())
                .with(EventPublisher.class, events)
                .with(ClusterLockService.class, DemoHost::clusterLock)
                .with(WorkflowManager.class, jira.workflowManager())
                .with(com.atlassian.jira.workflow.IssueWorkflowManager.class, jira.issueWorkflowManager())
                .with(TemplateRenderer.class, new DemoTemplates())
                .with(I18nResolver.class, new DemoI18n(DemoWeb.messages()))
                .with(WebSudoManager.class, DemoAdminPages.webSudoManager())
                .with(LoginUriProvider.class, DemoAdminPages.loginUriProvider())
                .with(PageBuilderService.class, DemoAdminPages.pageBuilderService());
        for (Class<?> manager : PROVISIONING_MANAGERS) {
            offerNothing(hostServices, manager);
        }
        DemoProvisioning provisioning = new DemoProvisioning(jira);
        GenericApplicationContext pluginContext = PluginSpringContext.start(hostServices,
                Map.of("clock", clock, "provisioningParts", provisioning.parts()));
        DemoUpgrades.run(descriptor, pluginContext, entityManager);
        DemoLoader.load(pluginContext, options, data, tickWonChecklists);
        DemoWorkflow.useGeneratedWorkflows(jira, pluginContext);

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        server.addConnector(connector);
        DemoWorkflow workflow = new DemoWorkflow(pluginContext, jira, events, clock);
        server.setHandler(DemoWeb.context(descriptor, pluginContext, jira, workflow));
        server.setStopAtShutdown(false);
        server.start();
        return new DemoHost(server, pluginContext, entityManager, workflow, jira, provisioning);
    }

    /** Jira managers only provisioning's Jira adapters use; the demo replaces those adapters with {@link DemoProvisioning}. */
    private static final java.util.List<Class<?>> PROVISIONING_MANAGERS = java.util.List.of(
            com.atlassian.jira.config.StatusManager.class, com.atlassian.jira.config.StatusCategoryManager.class,
            com.atlassian.jira.workflow.WorkflowSchemeManager.class,
            com.atlassian.jira.config.IssueTypeManager.class,
            com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager.class,
            com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager.class,
            com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager.class,
            com.atlassian.jira.issue.fields.screen.FieldScreenManager.class);

    private static <T> void offerNothing(HostServices services, Class<T> manager) {
        services.with(manager, DemoProvisioning.notOffered(manager));
    }

    /**
     * The n-th (by key) deal of the project in the status that has never been further along its pipeline (for an
     * outcome status: never won before), for tests that need a deal at a known point.
     */
    public String dealAt(String project, String status, int n) {
        org.salespipeline.configuration.PipelineConfig config = pluginContext
                .getBean(org.salespipeline.configuration.PipelineDirectory.class).find(project).orElseThrow();
        org.salespipeline.history.StageLog log = pluginContext.getBean(org.salespipeline.history.StageLog.class);
        int position = config.mapping().lookup(status)
                .map(ref -> ref.isOpenStage() ? config.pipeline().positionOf(ref.stageKey()).orElseThrow()
                        : config.pipeline().wonPosition())
                .orElseThrow(() -> new IllegalArgumentException(project + " maps no status " + status));
        return jira.issues().stream()
                .filter(issue -> issue.getProjectObject().getKey().equals(project))
                .filter(issue -> issue.getStatus() != null && issue.getStatus().getName().equals(status))
                .filter(issue -> log.position(issue.getId()) == position)
                .map(DemoIssue::getKey).sorted().skip(n).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo data has no " + project + " deal in " + status));
    }

    /** The app's Spring context, for tests that look behind the REST API. */
    public GenericApplicationContext app() {
        return pluginContext;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("Jetty did not stop cleanly: " + e.getMessage());
        }
        pluginContext.close();
        DemoDatabase.close(entityManager);
    }

    private static final java.util.Map<String, ClusterLock> LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One node's cluster locks: plain locks by name. */
    private static ClusterLock clusterLock(String name) {
        return LOCKS.computeIfAbsent(name, key -> new DemoClusterLock());
    }

    /** Where the demo host keeps its database, relative to the working directory. */
    static Path defaultDatabaseDirectory() {
        return Path.of("target", "demo-db");
    }
}
