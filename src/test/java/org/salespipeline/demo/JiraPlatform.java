package org.salespipeline.demo;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Jira platform the built jars are tested on: the jar made for it, and the libraries it runs that jar on, each
 * started in class loaders of its own so that both platforms run in one test JVM although Jersey 2 and 3 share
 * their class names. The loaders hold, from the bottom: the JDK; what every Jira provides alike (Active Objects,
 * HSQLDB, SLF4J, OSWorkflow and the Atlassian API stand-ins, never the app's classes); then the jar, the platform's
 * own libraries and the demo's stand-ins for Jira's services and data (the test classes).
 */
public enum JiraPlatform {

    /** Jira 10.3 LTS, Platform 7: the jira10 jar on Jersey 2 (javax.ws.rs 2.1), Spring 5.3 and javax.servlet 4. */
    JIRA_10("bundle10.file") {
        @Override
        List<Path> libraries() {
            Path directory = Path.of(required("jira10.platform.dir"));
            try (Stream<Path> jars = Files.list(directory)) {
                List<Path> libraries = jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
                if (libraries.isEmpty()) {
                    throw new IllegalStateException("No Jira 10 platform libraries in " + directory + "; run mvn verify");
                }
                return libraries;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },

    /** Jira 11.3 LTS, Platform 8: the main jar on Jersey 3, Spring 6 and jakarta.servlet 6, as the demo host runs. */
    JIRA_11("bundle.file") {
        @Override
        List<Path> libraries() {
            return testClassPath("/org/springframework/", "/io/micrometer/", "/org/glassfish/", "/jakarta/",
                    "/org/javassist/", "/com/fasterxml/");
        }
    };

    /** Libraries every Jira provides alike, from the test class path. */
    private static final String[] HOST_LIBRARIES = {"/net/java/dev/activeobjects/activeobjects/", "/com/google/guava/",
        "/org/apache/commons/commons-lang3/", "/org/hsqldb/", "/org/slf4j/", "/opensymphony/"};

    private final String jarProperty;

    JiraPlatform(String jarProperty) {
        this.jarProperty = jarProperty;
    }

    /** The jar built for this platform. */
    public Path jar() {
        Path jar = Path.of(required(jarProperty));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The built jar was not found (" + jarProperty + "=" + jar + "); run mvn verify");
        }
        return jar;
    }

    abstract List<Path> libraries();

    /**
     * Starts this platform's jar with the demo's data on an HSQLDB file database under {@code databaseDirectory}
     * (loading the data only when the database lacks it), every "now" of the app at {@code now}.
     */
    public RunningApp start(Path databaseDirectory, Instant now) {
        URLClassLoader host = new URLClassLoader("jira-host", urls(testClassPath(HOST_LIBRARIES)),
                ClassLoader.getPlatformClassLoader());
        StandIns standIns = new StandIns(location(ActiveObjects.class), host);
        List<Path> app = new ArrayList<>();
        app.add(jar());
        app.addAll(libraries());
        app.add(location(JiraPlatform.class));
        URLClassLoader loader = new URLClassLoader(name() + "-app", urls(app), standIns);
        try {
            Class<?> type = loader.loadClass(JdkHttpHost.class.getName());
            if (type.getClassLoader() != loader) {
                throw new IllegalStateException("The host class leaked in from " + type.getClassLoader());
            }
            AutoCloseable running = (AutoCloseable) type.getMethod("start", Path.class, Instant.class)
                    .invoke(null, databaseDirectory, now);
            return new RunningApp(running, List.of(loader, standIns, host));
        } catch (InvocationTargetException e) {
            closeAll(List.of(loader, standIns, host));
            throw new IllegalStateException(this + " did not start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            closeAll(List.of(loader, standIns, host));
            throw new IllegalStateException(e);
        }
    }

    /** A started jar: its REST API's base URL, and a few look-ups behind it for tests. */
    public static final class RunningApp implements AutoCloseable {
        private final AutoCloseable host;
        private final List<URLClassLoader> loaders;

        private RunningApp(AutoCloseable host, List<URLClassLoader> loaders) {
            this.host = host;
            this.loaders = loaders;
        }

        public String baseUrl() {
            return (String) call("baseUrl");
        }

        /** The version the running jar reports. */
        public String version() {
            return (String) call("version");
        }

        /** A demo deal at a known point; see {@link JdkHttpHost#dealAt}. */
        public String dealAt(String project, String status, int n) {
            return (String) call("dealAt", project, status, n);
        }

        /** The app's tables and columns as the database holds them; see {@link JdkHttpHost#columns}. */
        @SuppressWarnings("unchecked")
        public List<String> columns() {
            return (List<String>) call("columns");
        }

        /** The class loader that holds the jar. */
        public ClassLoader loader() {
            return loaders.get(0);
        }

        private Object call(String method, Object... args) {
            try {
                Class<?>[] types = Stream.of(args).map(arg -> arg instanceof Integer ? int.class : arg.getClass())
                        .toArray(Class<?>[]::new);
                return host.getClass().getMethod(method, types).invoke(host, args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                host.close();
            } catch (Exception e) {
                throw new IllegalStateException("The app did not stop cleanly", e);
            } finally {
                closeAll(loaders);
            }
        }
    }

    /**
     * The Atlassian API stand-ins from the compiled classes, and nothing else from there: the app's own classes and
     * resources must come from the jar under test.
     */
    private static final class StandIns extends URLClassLoader {
        StandIns(Path classesDirectory, ClassLoader parent) {
            super("platform-api-stand-ins", urls(List.of(classesDirectory)), parent);
        }

        private static boolean standIn(String resource) {
            return resource.startsWith("com/atlassian/") || resource.startsWith("org/ofbiz/");
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (!standIn(name.replace('.', '/'))) {
                throw new ClassNotFoundException(name);
            }
            return super.findClass(name);
        }

        @Override
        public URL findResource(String name) {
            return standIn(name) ? super.findResource(name) : null;
        }

        @Override
        public Enumeration<URL> findResources(String name) throws IOException {
            return standIn(name) ? super.findResources(name) : Collections.emptyEnumeration();
        }
    }

    private static List<Path> testClassPath(String... fragments) {
        List<Path> matching = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace(File.separatorChar, '/');
            if (Stream.of(fragments).anyMatch(path::contains)) {
                matching.add(Path.of(entry));
            }
        }
        if (matching.isEmpty()) {
            throw new IllegalStateException("The test class path has none of " + List.of(fragments));
        }
        return matching;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL[] urls(List<Path> paths) {
        return paths.stream().map(path -> {
            try {
                return path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(path.toString(), e);
            }
        }).toArray(URL[]::new);
    }

    private static void closeAll(List<URLClassLoader> loaders) {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                System.err.println("A test class loader did not close: " + e.getMessage());
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests with mvn verify");
        }
        return value;
    }
}
