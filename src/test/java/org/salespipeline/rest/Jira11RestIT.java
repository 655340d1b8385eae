package org.salespipeline.rest;

import org.salespipeline.demo.JiraPlatform;

/** The Jira 11.3 jar's REST API, loaded from the jar as the Jira 10.3 one is, on Jersey 3 and Spring 6. */
class Jira11RestIT extends BuiltJarRestContract {

    @Override
    JiraPlatform platform() {
        return JiraPlatform.JIRA_11;
    }

    @Override
    String expectedVersion(String buildVersion) {
        return buildVersion;
    }
}
