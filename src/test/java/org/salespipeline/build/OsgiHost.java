package org.salespipeline.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * An OSGi host for the built jar: Apache Felix (the framework inside Atlassian's plugin system) with the
 * Gemini Blueprint extender (the Spring DM that reads META-INF/spring/) on Spring 5.3, the Spring it supports.
 * Jira's packages are exported through the system bundle at version 0, as the app imports them, from the
 * stand-ins and libraries on the test classpath; host services are registered by the system bundle.
 */
final class OsgiHost implements AutoCloseable {

    static final String CONTEXT_SERVICE = "org.springframework.context.ApplicationContext";
    private static final String CONTEXT_LISTENER = "org.eclipse.gemini.blueprint.context.event.OsgiBundleApplicationContextListener";
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Felix felix;
    private final Map<String, Bundle> bundles = new HashMap<>();
    private final Map<String, Bundle> exporters = new HashMap<>();
    private final CompletableFuture<Object> context = new CompletableFuture<>();
    private Bundle app;

    private OsgiHost(Felix felix) {
        this.felix = felix;
    }

    /** Starts Felix exporting these host packages, with the extender's bundles installed (not yet started). */
    static OsgiHost start(Collection<String> hostPackages) {
        return start(hostPackages, List.of());
    }

    /**
     * Starts Felix exporting these host packages: from each of the host bundles that exports only packages among
     * them (installed, not yet started), and the rest from the system bundle.
     */
    static OsgiHost start(Collection<String> hostPackages, List<Path> hostBundles) {
        Map<Path, List<String>> fromBundles = new LinkedHashMap<>();
        for (Path jar : hostBundles) {
            List<String> exports = exports(jar);
            if (hostPackages.containsAll(exports)) {
                fromBundles.put(jar, exports);
            }
        }
        Set<String> fromSystem = new LinkedHashSet<>(hostPackages);
        hostBundles.forEach(jar -> fromSystem.removeAll(exports(jar)));
        Path storage = Path.of("target", "osgi-cache", "run-" + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet());
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, fromSystem.stream()
                .filter(pkg -> !jdkPackages().contains(pkg))
                .map(pkg -> pkg + ";version=\"0.0.0\"").collect(Collectors.joining(",")));
        config.put("felix.log.level", "1");
        Felix felix = new Felix(config);
        try {
            felix.start();
            OsgiHost host = new OsgiHost(felix);
            for (Path jar : extenderBundles()) {
                Bundle bundle = felix.getBundleContext().installBundle(jar.toUri().toString());
                host.bundles.put(bundle.getSymbolicName(), bundle);
            }
            for (Map.Entry<Path, List<String>> hostBundle : fromBundles.entrySet()) {
                Bundle bundle = felix.getBundleContext().installBundle(hostBundle.getKey().toUri().toString());
                host.bundles.put(bundle.getSymbolicName(), bundle);
                hostBundle.getValue().forEach(pkg -> host.exporters.put(pkg, bundle));
            }
            return host;
        } catch (BundleException e) {
            throw new IllegalStateException("Felix did not start: " + e.getMessage(), e);
        }
    }

    /** Starts Spring and the extender; from then on a bundle with Spring XML gets its application context. */
    void startExtender() throws BundleException {
        for (Bundle bundle : bundles.values()) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        Bundle extender = bundles.get("org.eclipse.gemini.blueprint.extender");
        Class<?> listenerType = load(extender, CONTEXT_LISTENER);
        Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType},
                (proxy, method, args) -> {
                    if (method.getName().equals("onOsgiApplicationEvent")) {
                        onContextEvent(args[0]);
                        return null;
                    }
                    return switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "context listener of the OSGi framework test";
                    };
                });
        extender.getBundleContext().registerService(CONTEXT_LISTENER, listener, new Hashtable<>());
    }

    /** A host type, from the host bundle that exports its package, else from the test class path (the system bundle's). */
    Class<?> hostType(String className) throws ClassNotFoundException {
        Bundle exporter = exporters.get(className.substring(0, className.lastIndexOf('.')));
        return exporter != null ? exporter.loadClass(className) : Class.forName(className);
    }

    /** Registers a host service under its interface, as Jira's host components are, by the bundle that exports it. */
    void register(Class<?> type, Object service) {
        Bundle exporter = exporters.get(type.getPackageName());
        BundleContext registrar = exporter != null ? exporter.getBundleContext() : felix.getBundleContext();
        registrar.registerService(type.getName(), service, new Hashtable<>());
    }

    /** Installs and starts the built jar; a bundle that does not resolve fails here, naming what it misses. */
    Bundle installApp(Path jar) throws BundleException {
        app = felix.getBundleContext().installBundle(jar.toUri().toString());
        app.start();
        return app;
    }

    /** The app's Spring application context, once the extender has refreshed it; fails with the extender's cause. */
    Object awaitContext(long timeoutSeconds) throws Exception {
        try {
            return context.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw (Exception) failed.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("The app's Spring context did not start within " + timeoutSeconds + " s");
        }
    }

    private void onContextEvent(Object event) {
        Bundle bundle = (Bundle) invoke(event, "getBundle");
        if (app == null || bundle.getBundleId() != app.getBundleId()) {
            return;
        }
        String type = event.getClass().getSimpleName();
        if (type.equals("OsgiBundleContextRefreshedEvent")) {
            context.complete(invoke(event, "getApplicationContext"));
        } else if (type.equals("OsgiBundleContextFailedEvent")) {
            Throwable cause = (Throwable) invoke(event, "getFailureCause");
            context.completeExceptionally(new ContextFailedException(cause));
        }
    }

    Bundle app() {
        return app;
    }

    /** The bean of the app's context with this name. */
    static Object bean(Object applicationContext, String name) {
        return invoke(applicationContext, "getBean", name);
    }

    static String[] beanNames(Object applicationContext) {
        return (String[]) invoke(applicationContext, "getBeanDefinitionNames");
    }

    /**
     * Calls a public method by name and arguments (a static one when the target is a class): the app's classes
     * here are the bundle's, not the test's.
     */
    static Object invoke(Object target, String name, Object... args) {
        boolean statics = target instanceof Class<?>;
        Class<?> type = statics ? (Class<?>) target : target.getClass();
        for (Method method : publicMethods(type)) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length && accepts(method, args)
                    && Modifier.isStatic(method.getModifiers()) == statics) {
                try {
                    return method.invoke(statics ? null : target, args);
                } catch (ReflectiveOperationException e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        }
        throw new IllegalArgumentException(target.getClass().getName() + " has no method " + name + " for " + Arrays.toString(args));
    }

    /** A class of a bundle, loaded as that bundle sees it. */
    static Class<?> load(Bundle bundle, String className) {
        try {
            return bundle.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(bundle.getSymbolicName() + " cannot load " + className, e);
        }
    }

    @Override
    public void close() throws Exception {
        felix.stop();
        felix.waitForStop(30_000);
    }

    private static boolean accepts(Method method, Object[] args) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> type = types[i].isPrimitive() ? boxed(types[i]) : types[i];
            if (args[i] != null && !type.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> primitive) {
        return primitive == long.class ? Long.class : primitive == int.class ? Integer.class
                : primitive == boolean.class ? Boolean.class : primitive == double.class ? Double.class : Object.class;
    }

    private static List<Method> publicMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        List<Class<?>> queue = new ArrayList<>(List.of(type));
        while (!queue.isEmpty()) {
            Class<?> candidate = queue.remove(0);
            if (!seen.add(candidate)) {
                continue;
            }
            if (Modifier.isPublic(candidate.getModifiers())) {
                methods.addAll(List.of(candidate.getMethods()));
            }
            queue.addAll(List.of(candidate.getInterfaces()));
            if (candidate.getSuperclass() != null) {
                queue.add(candidate.getSuperclass());
            }
        }
        return methods;
    }

    /** The packages a bundle exports, from its manifest. */
    private static List<String> exports(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String header = file.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
            return header == null ? List.of() : ImportPackage.parse(header).stream().map(ImportPackage::name).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packages of the JDK's modules: the system bundle exports them already. */
    private static Set<String> jdkPackages() {
        return ModuleLayer.boot().modules().stream().map(Module::getDescriptor)
                .flatMap(descriptor -> descriptor.exports().stream().map(ModuleDescriptor.Exports::source))
                .collect(Collectors.toSet());
    }

    private static List<Path> extenderBundles() {
        String dir = System.getProperty("osgi.bundles");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("The OSGi bundles were not found (osgi.bundles=" + dir + "); run mvn verify");
        }
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extender's report that the app's context failed, with its cause. */
    static final class ContextFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        ContextFailedException(Throwable cause) {
            super("The app's Spring context failed: " + cause, cause);
        }
    }
}
