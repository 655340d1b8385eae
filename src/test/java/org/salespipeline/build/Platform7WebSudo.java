package org.salespipeline.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * SAL's websudo package as Platform 7 has it, for the Jira 10.3 jar's OSGi host: the stand-ins of
 * {@code com.atlassian.sal.api.websudo}, whose WebSudoManager takes servlet types, compiled against
 * {@code javax.servlet} instead of {@code jakarta.servlet} (the one difference Jira 10 → 11 ports show for it), in
 * a bundle that exports the package. Built once per test run, under target/.
 */
final class Platform7WebSudo {

    static final String PACKAGE = "com.atlassian.sal.api.websudo";
    private static Path bundle;

    private Platform7WebSudo() {
    }

    static synchronized Path bundle() {
        if (bundle == null) {
            try {
                bundle = build(Path.of("target", "osgi-cache", "platform7-websudo"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundle;
    }

    private static Path build(Path work) throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<JavaFileObject> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(PlatformStandInsTest.STAND_INS.resolve(PACKAGE.replace('.', '/')))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String javax = Files.readString(file).replace("jakarta.servlet.", "javax.servlet.");
                sources.add(new SimpleJavaFileObject(file.toUri(), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return javax;
                    }
                });
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(servletApi()));
            if (!javac.getTask(null, files, null, List.of("--release", "17", "-proc:none"), null, sources).call()) {
                throw new IllegalStateException("The websudo stand-ins did not compile against javax.servlet");
            }
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", PACKAGE + ".platform7");
        main.putValue("Export-Package", PACKAGE + ";version=\"0.0.0\"");
        main.putValue("Import-Package", "javax.servlet.http");
        Path jar = work.resolve("websudo-platform7.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out, manifest);
                Stream<Path> compiled = Files.walk(classes)) {
            for (Path file : compiled.filter(Files::isRegularFile).sorted().toList()) {
                entries.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                entries.write(Files.readAllBytes(file));
                entries.closeEntry();
            }
        }
        return jar;
    }

    /** The javax servlet API on the test class path (Platform 7's, which the system bundle exports). */
    private static Path servletApi() {
        try {
            return Path.of(Class.forName("javax.servlet.http.HttpServletRequest").getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("The javax servlet API is not on the test class path; run mvn verify", e);
        }
    }
}
