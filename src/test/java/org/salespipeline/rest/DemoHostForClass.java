package org.salespipeline.rest;

import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoOptions;

/**
 * A demo host on its default data in a fresh database, started before a test class's first test and stopped after
 * its last, with a REST client for it: registered as a static field with {@code @RegisterExtension}.
 */
final class DemoHostForClass implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private final Instant now;
    private DemoHost host;
    private RestClient rest;

    private DemoHostForClass(String name, Instant now) {
        this.name = name;
        this.now = now;
    }

    /** A host whose clock stands at the given instant. */
    static DemoHostForClass at(String name, Instant now) {
        return new DemoHostForClass(name, now);
    }

    /** A host on the real clock. */
    static DemoHostForClass onTheClock(String name) {
        return new DemoHostForClass(name, null);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        host = DemoHost.start(new DemoOptions(0, Files.createTempDirectory(name), null, now));
        rest = new RestClient(host.baseUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        host.close();
    }

    DemoHost host() {
        return host;
    }

    RestClient rest() {
        return rest;
    }
}
