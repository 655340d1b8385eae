package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Collection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.salespipeline.demo.DemoDatabase;
import org.salespipeline.demo.EntityManagerActiveObjects;
import org.salespipeline.demo.EntityManagerExecutorFactory;
import org.salespipeline.demo.JiraPlatform;
import org.salespipeline.demo.PluginDescriptor;

/**
 * The built jar in an OSGi framework: Apache Felix with the Gemini Blueprint extender, both from Maven Central,
 * on Spring 5.3 (Gemini Blueprint 3 imports Spring [5,6): it does not run on Jira 11's Spring 6). Jira's
 * packages come from the system bundle, built from the jar's import allow-list at version 0 over the stand-ins;
 * its services are the test fakes, registered as OSGi services. Runs on the Jira 11.3 jar;
 * {@link Jira10OsgiFrameworkIT} runs the same checks on the Jira 10.3 jar.
 *
 * <p>What this proves: the bundle resolves against those exports, the extender reads the app's Spring XML
 * (its {@code osgi:reference}s, the lazy on-demand file, the locator) and builds every component; optional
 * references never hold up the start; provisioning, the rebuild and reconciliation say they are unavailable
 * and name what is missing; a missing mandatory package fails resolution naming it. What it does not prove:
 * resolution against Jira's real export list, Jira's own plugin system (Atlassian's fork of the extender, on
 * Spring 6 in Jira 11), and the REST, servlet, web-panel, workflow and dashboard-item modules, which only a
 * real Jira loads.
 */
class OsgiFrameworkIT {

    /** Host services only provisioning and the change-history reader use: optional references, built on first use. */
    private static final List<String> ON_DEMAND_SERVICES = List.of(
            "com.atlassian.jira.issue.changehistory.ChangeHistoryManager",
            "com.atlassian.jira.config.StatusManager", "com.atlassian.jira.config.StatusCategoryManager",
            "com.atlassian.jira.workflow.WorkflowSchemeManager", "com.atlassian.jira.config.IssueTypeManager",
            "com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager",
            "com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager",
            "com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager",
            "com.atlassian.jira.issue.fields.screen.FieldScreenManager");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<AutoCloseable> open = new ArrayList<>();

    /** The platform whose jar is installed. */
    JiraPlatform platform() {
        return JiraPlatform.JIRA_11;
    }

    /** The packages that jar may import, which the system bundle exports. */
    ImportAllowList allowList() {
        return ImportAllowList.load();
    }

    /** Bundles that export some of those packages in the system bundle's place (none on Jira 11.3). */
    List<Path> hostBundles() {
        return List.of();
    }

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    @DisplayName("with every host service, the bundle resolves, its Spring context starts and every bean is built")
    void everyBeanIsBuilt() throws Exception {
        OsgiHost host = startedWithEverything();
        Bundle app = host.app();
        Object context = host.awaitContext(0);

        assertThat(app.getState()).isEqualTo(Bundle.ACTIVE);
        List<String> names = Arrays.asList(OsgiHost.beanNames(context));
        assertThat(names).containsAll(SpringXml.beanIds());
        for (String name : names) {
            assertThat(OsgiHost.bean(context, name)).as("bean %s", name).isNotNull();
        }
        assertThat(calls).as("the stage-log listener registered itself through its init-method")
                .anyMatch(call -> call.startsWith("EventPublisher.register"));
        Object parts = OsgiHost.bean(context, "provisioningParts");
        assertThat((List<?>) OsgiHost.invoke(parts, "unavailable")).as("provisioning has every service it needs").isEmpty();
        Object hostApi = OsgiHost.invoke(OsgiHost.invoke(OsgiHost.bean(context, "systemCheck"), "report"), "hostApi");
        assertThat((List<?>) OsgiHost.invoke(hostApi, "problems"))
                .as("the system check finds every host API member the jar calls, as it calls it, through the bundle's imports")
                .isEmpty();
        assertThat((int) OsgiHost.invoke(hostApi, "referenced")).isGreaterThan(100)
                .isEqualTo((int) OsgiHost.invoke(hostApi, "present"));
    }

    @Test
    @DisplayName("without the services only provisioning and the change history need, the app starts, those features answer unavailable within a second and the rest works")
    void startsWithoutOnDemandServices() throws Exception {
        OsgiHost host = host(allowList().entries().keySet());
        EntityManager database = registerServices(host, ON_DEMAND_SERVICES);
        long started = System.nanoTime();
        host.installApp(platform().jar());
        Object context = host.awaitContext(60);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the start waits for no optional service")
                .isLessThan(Duration.ofSeconds(30));

        Bundle app = host.app();
        Object request = OsgiHost.load(app, "org.salespipeline.provisioning.ProvisioningRequest")
                .getConstructor(String.class, String.class, String.class).newInstance("five-stage", null, null);
        long asked = System.nanoTime();
        Object outcome = OsgiHost.invoke(OsgiHost.bean(context, "pipelineProvisioning"), "provision", "ACME", request);
        Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(answeredIn).as("provisioning answers at once").isLessThan(Duration.ofSeconds(1));
        assertThat(OsgiHost.invoke(outcome, "provisioned")).isEqualTo(false);
        assertThat(((List<?>) OsgiHost.invoke(outcome, "unavailable")).stream().map(Object::toString).toList())
                .as("every missing service, by name")
                .containsExactlyInAnyOrderElementsOf(ON_DEMAND_SERVICES.subList(1, ON_DEMAND_SERVICES.size()));
        Object message = OsgiHost.invoke(outcome, "message");
        assertThat((String) OsgiHost.invoke(message, "key")).isEqualTo("sales-pipeline.provisioning.unavailable");
        assertThat(String.valueOf(OsgiHost.invoke(message, "arguments")))
                .contains("com.atlassian.jira.issue.fields.screen.FieldScreenManager",
                        "/rest/sales-pipeline/1.0/pipelines/ACME/setup/workflow.xml?template=five-stage");
        Object handOver = OsgiHost.invoke(OsgiHost.bean(context, "pipelineProvisioning"), "handOver", "ACME", request);
        assertThat((String) OsgiHost.invoke(handOver, "workflowXml")).as("the workflow XML to download").contains("Prospecting");

        Object history = OsgiHost.bean(context, "changeHistorySource");
        long read = System.nanoTime();
        assertThatThrownBy(() -> OsgiHost.invoke(history, "count", "ACME"))
                .hasMessage("Jira's change history is unavailable: this Jira does not offer apps "
                        + "com.atlassian.jira.issue.changehistory.ChangeHistoryManager")
                .extracting(failure -> failure.getClass().getSimpleName()).isEqualTo("SourceUnavailableException");
        assertThat(Duration.ofNanos(System.nanoTime() - read)).isLessThan(Duration.ofSeconds(1));
        Object reconciliation = OsgiHost.bean(context, "reconciliationSchedule");

        // The rest of the app: a set-up saved and read back through Active Objects, metrics over SQL, the stage-log listener.
        Object config = OsgiHost.invoke(OsgiHost.load(app, "org.salespipeline.configuration.PipelineConfig"), "fromTemplate",
                templateNamed(app, "FIVE_STAGE"), "ACME", "Acme sales", "EUR");
        OsgiHost.invoke(OsgiHost.bean(context, "pipelineSettings"), "save", config);
        Optional<?> saved = (Optional<?>) OsgiHost.invoke(OsgiHost.bean(context, "pipelineDirectory"), "find", "ACME");
        assertThat(saved).isPresent();
        assertThat(OsgiHost.invoke(OsgiHost.invoke(saved.get(), "pipeline"), "name")).isEqualTo("Acme sales");
        Object window = OsgiHost.load(app, "org.salespipeline.metrics.Window").getConstructor(Instant.class, Instant.class)
                .newInstance(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        Object anyOwner = OsgiHost.invoke(OsgiHost.load(app, "org.salespipeline.metrics.OwnerFilter"), "any");
        Object funnel = OsgiHost.invoke(OsgiHost.bean(context, "pipelineMetrics"), "funnel",
                OsgiHost.invoke(saved.get(), "pipeline"), window, anyOwner);
        assertThat(OsgiHost.invoke(funnel, "cohort")).isEqualTo(0);
        assertThat(OsgiHost.invoke(OsgiHost.bean(context, "storeStatus"), "pipelineCount")).isEqualTo(1);
        assertThat(calls).anyMatch(call -> call.startsWith("EventPublisher.register"));
        // Reconciliation now has a pipeline to reconcile: it reports itself unavailable and repairs nothing.
        assertThat(OsgiHost.invoke(reconciliation, "runOnce")).isEqualTo(0);
        assertThat(((Optional<?>) OsgiHost.invoke(reconciliation, "unavailable")).map(Object::toString))
                .hasValueSatisfying(why -> assertThat(why).contains("ChangeHistoryManager"));
        DemoDatabase.close(database);
    }

    @Test
    @DisplayName("with every optional package missing, the bundle still resolves and its Spring context starts; provisioning names the class it lacks")
    void startsWithMandatoryPackagesOnly() throws Exception {
        ImportAllowList allowList = allowList();
        OsgiHost host = host(allowList.mandatory());
        registerServices(host, List.of());
        host.installApp(platform().jar());
        Object context = host.awaitContext(60);

        assertThat(OsgiHost.beanNames(context)).contains("pipelineProvisioning", "dealEventListener", "pageRenderer");
        Bundle app = host.app();
        Object request = OsgiHost.load(app, "org.salespipeline.provisioning.ProvisioningRequest")
                .getConstructor(String.class, String.class, String.class).newInstance("five-stage", null, null);
        long asked = System.nanoTime();
        Object outcome = OsgiHost.invoke(OsgiHost.bean(context, "pipelineProvisioning"), "provision", "ACME", request);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(1));
        assertThat(OsgiHost.invoke(outcome, "provisioned")).isEqualTo(false);
        Object message = OsgiHost.invoke(outcome, "message");
        assertThat((String) OsgiHost.invoke(message, "key")).isEqualTo("sales-pipeline.provisioning.unavailable");
        assertThat(String.valueOf(OsgiHost.invoke(message, "arguments"))).contains("com.atlassian.jira.",
                "a class this Jira does not show apps");
        assertThatThrownBy(() -> OsgiHost.invoke(OsgiHost.bean(context, "changeHistorySource"), "count", "ACME"))
                .hasMessageStartingWith("Jira's change history is unavailable: ")
                .hasMessageContaining("a class this Jira does not show apps");
    }

    @Test
    @DisplayName("with any one mandatory package missing, the bundle does not resolve and the failure names that package")
    void eachMandatoryPackageIsNamedWhenMissing() throws Exception {
        ImportAllowList allowList = allowList();
        // Spring's package comes from the Spring bundles, not from Jira's system bundle.
        List<String> fromJira = allowList.mandatory().stream().filter(pkg -> !pkg.startsWith("org.springframework.")).toList();
        assertThat(fromJira).isNotEmpty();
        for (String missing : fromJira) {
            Set<String> exported = new LinkedHashSet<>(allowList.entries().keySet());
            exported.remove(missing);
            try (OsgiHost host = OsgiHost.start(exported, hostBundles())) {
                assertThatThrownBy(() -> host.installApp(platform().jar())).as("without %s", missing)
                        .isInstanceOf(BundleException.class)
                        .hasMessageContaining("osgi.wiring.package=" + missing + ")");
            }
        }
    }

    /** A host with every allowed package and every host service, in which the jar's context has started. */
    OsgiHost startedWithEverything() throws Exception {
        OsgiHost host = host(allowList().entries().keySet());
        registerServices(host, List.of());
        host.installApp(platform().jar());
        host.awaitContext(60);
        return host;
    }

    private OsgiHost host(Collection<String> exported) throws BundleException {
        OsgiHost host = OsgiHost.start(exported, hostBundles());
        open.add(host);
        host.startExtender();
        return host;
    }

    /** Registers a fake for every service the Spring XML references, except those left out; Active Objects over HSQLDB. */
    private EntityManager registerServices(OsgiHost host, List<String> leftOut) {
        EntityManager database = DemoDatabase.open("jdbc:hsqldb:mem:osgi-" + DATABASES.incrementAndGet(), "SA", "");
        DemoDatabase.migrate(database, PluginDescriptor.load().aoEntities());
        for (String name : new LinkedHashSet<>(SpringXml.referencedInterfaces())) {
            if (leftOut.contains(name)) {
                continue;
            }
            Class<?> type = hostType(host, name);
            Object service = switch (name) {
                case "com.atlassian.activeobjects.external.ActiveObjects" -> new EntityManagerActiveObjects(database);
                case "com.atlassian.sal.api.rdbms.TransactionalExecutorFactory" -> new EntityManagerExecutorFactory(database);
                case "com.atlassian.beehive.ClusterLockService" -> (ClusterLockService) lockName -> new NodeLock();
                default -> fake(type);
            };
            host.register(type, service);
        }
        return database;
    }

    /** One node's lock: the cluster of this test has one node. */
    private static final class NodeLock extends ReentrantLock implements ClusterLock {
        private static final long serialVersionUID = 1L;
    }

    private static Object templateNamed(Bundle app, String name) {
        Class<?> templates = OsgiHost.load(app, "org.salespipeline.pipeline.PipelineTemplate");
        return Arrays.stream(templates.getEnumConstants()).filter(constant -> constant.toString().equals(name)
                || ((Enum<?>) constant).name().equals(name)).findFirst().orElseThrow();
    }

    private static Class<?> hostType(OsgiHost host, String name) {
        try {
            return host.hostType(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("osgi:reference names an interface that does not exist: " + name, e);
        }
    }

    /** A host service that records calls of its void methods and refuses anything that would need an answer. */
    private <T> T fake(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "toString":
                    return "fake " + type.getSimpleName();
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    break;
            }
            if (method.getReturnType() == void.class) {
                calls.add(type.getSimpleName() + "." + method.getName() + Arrays.toString(args));
                return null;
            }
            // Outside a request nobody is logged in, and Jira's locale is its default: as the system check reads it here.
            if (type.getSimpleName().equals("JiraAuthenticationContext") && method.getName().equals("getLoggedInUser")) {
                return null;
            }
            if (type.getSimpleName().equals("JiraAuthenticationContext") && method.getName().equals("getLocale")) {
                return java.util.Locale.US;
            }
            // A message lookup without the app's bundle answers the key, as Jira's does for a key it lacks.
            if (type.getSimpleName().equals("I18nResolver") && method.getName().equals("getText")) {
                return Arrays.stream(args).filter(String.class::isInstance).findFirst().orElse("");
            }
            throw new UnsupportedOperationException("fake " + type.getSimpleName() + "." + method.getName() + " called");
        }));
    }
}
