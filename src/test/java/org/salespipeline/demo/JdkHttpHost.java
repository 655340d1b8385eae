package org.salespipeline.demo;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.java.ao.EntityManager;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.demo.data.HistoryFile;
import org.salespipeline.history.StageLog;
import org.salespipeline.rest.BuildInfo;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The app's Spring context and REST API on the JDK's own HTTP server, with the demo's stand-ins for Jira's
 * services and data. Unlike {@link DemoHost} it needs no servlet container and links to no JAX-RS type, so one
 * compiled class serves either built jar from a class loader that holds it and its platform (see
 * {@link JiraPlatform}): the Jira 11.3 jar on Jersey 3 and Spring 6, the Jira 10.3 jar on Jersey 2 and Spring 5.3.
 * It serves the REST API only (no pages); sign-in and the XSRF rule are the demo host's.
 */
public final class JdkHttpHost implements AutoCloseable {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final HttpServer server;
    private final ExecutorService threads;
    private final JdkHttpHandlerContainer jersey;
    private final GenericApplicationContext app;
    private final EntityManager entityManager;
    private final DemoJira jira;

    private JdkHttpHost(HttpServer server, ExecutorService threads, JdkHttpHandlerContainer jersey,
            GenericApplicationContext app, EntityManager entityManager, DemoJira jira) {
        this.server = server;
        this.threads = threads;
        this.jira = jira;
        this.jersey = jersey;
        this.app = app;
        this.entityManager = entityManager;
    }

    /**
     * Starts the app on an HSQLDB file database under {@code databaseDirectory}, loading {@link #data} when the
     * database does not hold its pipelines yet (as {@link DemoHost} does), every "now" of the app fixed at {@code now}.
     */
    public static JdkHttpHost start(Path databaseDirectory, Instant now) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader own = JdkHttpHost.class.getClassLoader();
        // Spring finds the plugin's XML and Jersey its resources through the context class loader.
        thread.setContextClassLoader(own);
        try {
            return startWith(own, databaseDirectory, Clock.fixed(now, ZoneOffset.UTC));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static JdkHttpHost startWith(ClassLoader own, Path databaseDirectory, Clock clock) throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.load();
        EntityManager entityManager = DemoDatabase.hsqldbFile(databaseDirectory);
        DemoDatabase.migrate(entityManager, descriptor.aoEntities());
        DemoOptions options = new DemoOptions(0, databaseDirectory, null, clock.instant());
        HistoryFile data = data(clock.instant());
        DemoJira jira = new DemoJira(data);
        Map<String, ClusterLock> locks = new ConcurrentHashMap<>();
        HostServices services = new HostServices()
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
                .with(OptionsManager.class, jira.optionsManager())
                .with(EventPublisher.class, new DemoEvents())
                .with(ClusterLockService.class, name -> locks.computeIfAbsent(name, key -> new DemoClusterLock()))
                .with(WorkflowManager.class, jira.workflowManager())
                .with(com.atlassian.jira.workflow.IssueWorkflowManager.class, jira.issueWorkflowManager())
                .with(WebSudoManager.class, new NoAdminPages())
                // The messages of REST errors, in the language of the user who asks.
                .with(I18nResolver.class, new DemoI18n(DemoI18n.bundle("i18n/sales-pipeline.properties")));
        // What only the admin pages use: this host serves no pages.
        for (Class<?> pagesOnly : List.of(TemplateRenderer.class, LoginUriProvider.class, PageBuilderService.class)) {
            offerNothing(services, pagesOnly);
        }
        for (Class<?> manager : PROVISIONING_MANAGERS) {
            offerNothing(services, manager);
        }
        GenericApplicationContext app = PluginSpringContext.start(services, Map.of("clock", clock,
                "provisioningParts", new DemoProvisioning(jira).parts()));
        DemoUpgrades.run(descriptor, app, entityManager);
        DemoLoader.load(app, options, data);
        DemoWorkflow.useGeneratedWorkflows(jira, app);

        JdkHttpHandlerContainer jersey = jerseyContainer(new RestApplication(app));
        jersey.getApplicationHandler().onStartup(jersey);
        ExecutorService threads = Executors.newFixedThreadPool(4, task -> {
            Thread worker = new Thread(task, "jdk-http-host");
            worker.setDaemon(true);
            worker.setContextClassLoader(own);
            return worker;
        });
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(descriptor.restBase(), new SignedIn(jira, jersey));
        server.setExecutor(threads);
        server.start();
        return new JdkHttpHost(server, threads, jersey, app, entityManager, jira);
    }

    /**
     * Jersey's handler for the JDK server. Its factory takes a JAX-RS {@code Application}, whose package is javax
     * on Jersey 2 and jakarta on Jersey 3, so it is looked up by name rather than linked.
     */
    private static JdkHttpHandlerContainer jerseyContainer(RestApplication application) throws Exception {
        Class<?> provider = Class.forName("org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainerProvider");
        Method create = Arrays.stream(provider.getMethods())
                .filter(method -> method.getName().equals("createContainer") && method.getParameterCount() == 2)
                .findFirst().orElseThrow();
        try {
            return (JdkHttpHandlerContainer) create.invoke(provider.getConstructor().newInstance(), HttpHandler.class,
                    application);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static final List<Class<?>> PROVISIONING_MANAGERS = List.of(
            com.atlassian.jira.config.StatusManager.class, com.atlassian.jira.config.StatusCategoryManager.class,
            com.atlassian.jira.workflow.WorkflowSchemeManager.class, com.atlassian.jira.config.IssueTypeManager.class,
            com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager.class,
            com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager.class,
            com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager.class,
            com.atlassian.jira.issue.fields.screen.FieldScreenManager.class);

    private static <T> void offerNothing(HostServices services, Class<T> type) {
        services.with(type, DemoProvisioning.notOffered(type));
    }

    /** The data this host loads: the demo's pipelines with fewer deals than the demo host's, so that it starts fast. */
    public static HistoryFile data(Instant now) {
        return DemoData.generate(now, 240, 40);
    }

    /** http://127.0.0.1:port, the base under which the REST API lives at /rest/sales-pipeline/1.0. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The version the running jar reports. */
    public String version() {
        return app.getBean(BuildInfo.class).version();
    }

    /**
     * The n-th (by key) deal of the project in the status that has never been further along its pipeline (for an
     * outcome status: never won before), as {@link DemoHost#dealAt} finds it.
     */
    public String dealAt(String project, String status, int n) {
        PipelineConfig config = app.getBean(PipelineDirectory.class).find(project).orElseThrow();
        StageLog log = app.getBean(StageLog.class);
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

    /**
     * The app's tables and their columns (name, type, size, nullability, default), one line each in table and column
     * order, as the database holds them after this jar's Active Objects start. The host's own record of the model
     * version (Jira keeps it in its property tables) is not the app's.
     */
    public List<String> columns() throws java.sql.SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (java.sql.Connection connection = entityManager.getProvider().getConnection();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE,"
                        + " CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE, COLUMN_DEFAULT FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> '" + DemoUpgrades.TABLE + "'"
                        + " ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
            while (rows.next()) {
                columns.add(String.join(" ", rows.getString(1), rows.getString(2), rows.getString(3),
                        String.valueOf(rows.getObject(4)), rows.getString(5), String.valueOf(rows.getString(6))));
            }
        }
        return columns;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        jersey.getApplicationHandler().onShutdown(jersey);
        app.close();
        DemoDatabase.close(entityManager);
    }

    /**
     * Signs the request's user in from HTTP Basic credentials (wrong ones get 401; none leave it anonymous), refuses
     * REST writes that a page on another site could send (as Jira's XSRF check does), and hands the rest to Jersey.
     */
    private record SignedIn(DemoJira jira, HttpHandler jersey) implements HttpHandler {
        @Override
        public void handle(HttpExchange exchange) throws IOException {
            try {
                ApplicationUser user = null;
                String header = exchange.getRequestHeaders().getFirst("Authorization");
                if (header != null && header.startsWith("Basic ")) {
                    String[] credentials = new String(Base64.getDecoder().decode(header.substring(6)),
                            StandardCharsets.UTF_8).split(":", 2);
                    user = credentials.length == 2 ? jira.authenticate(credentials[0], credentials[1]) : null;
                    if (user == null) {
                        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Sales Pipeline demo\"");
                        refuse(exchange, 401, "Wrong user name or password");
                        return;
                    }
                }
                if (WRITES.contains(exchange.getRequestMethod())
                        && !"no-check".equals(exchange.getRequestHeaders().getFirst("X-Atlassian-Token"))
                        && !nonSimpleBody(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                    refuse(exchange, 403, "XSRF check failed");
                    return;
                }
                jira.runAs(user, () -> {
                    try {
                        jersey.handle(exchange);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                exchange.close();
            }
        }

        private static boolean nonSimpleBody(String contentType) {
            if (contentType == null || contentType.isBlank()) {
                return false;
            }
            return !SIMPLE_TYPES.contains(contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
        }

        private static void refuse(HttpExchange exchange, int status, String message) throws IOException {
            byte[] body = ("{\"errors\":[{\"field\":null,\"message\":\"" + message + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /**
     * The secure administrator session service, offered because the plugin's context references it; only the admin
     * pages would call it, and this host serves none.
     */
    private static final class NoAdminPages implements WebSudoManager {
        @Override
        public void willExecuteWebSudoRequest(jakarta.servlet.http.HttpServletRequest request) {
            throw new UnsupportedOperationException("This host serves no admin pages");
        }

        @Override
        public void enforceWebSudoProtection(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {
            throw new UnsupportedOperationException("This host serves no admin pages");
        }
    }
}
