package org.salespipeline.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** The app's built jar, as Jira receives it from the Manage apps upload. */
final class BundleJar implements AutoCloseable {

    private final JarFile jar;

    private BundleJar(JarFile jar) {
        this.jar = jar;
    }

    static BundleJar open() {
        return fromProperty("bundle.file");
    }

    /** The jar that the system property names: bundle.file for the Jira 11.3 jar, bundle10.file for the Jira 10.3 one. */
    static BundleJar fromProperty(String property) {
        String file = System.getProperty(property);
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            throw new IllegalStateException("The built jar was not found (" + property + "=" + file + "); run mvn verify");
        }
        try {
            return new BundleJar(new JarFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> entryNames() {
        List<String> names = new ArrayList<>();
        for (ZipEntry entry : Collections.list(jar.entries())) {
            if (!entry.isDirectory()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    boolean contains(String name) {
        return jar.getEntry(name) != null;
    }

    InputStream open(String name) {
        try {
            ZipEntry entry = jar.getEntry(name);
            if (entry == null) {
                throw new IllegalStateException("The jar has no " + name);
            }
            return jar.getInputStream(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Attributes manifest() {
        try {
            Manifest manifest = jar.getManifest();
            return manifest.getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
