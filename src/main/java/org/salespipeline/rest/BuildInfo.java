package org.salespipeline.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The app's name, plugin key and version, as stamped into the jar by the build. */
public final class BuildInfo {

    private static final String RESOURCE = "/org/salespipeline/build.properties";

    private final String name;
    private final String key;
    private final String version;

    public BuildInfo() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " in the app's jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.name = properties.getProperty("name");
        this.key = properties.getProperty("key");
        this.version = properties.getProperty("version");
    }

    public String name() {
        return name;
    }

    public String key() {
        return key;
    }

    public String version() {
        return version;
    }
}
