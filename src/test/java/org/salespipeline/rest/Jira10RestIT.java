package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.JiraPlatform;

/** The Jira 10.3 jar's REST API on Jersey 2 (javax.ws.rs 2.1), HK2 with javax.inject, and Spring 5.3. */
class Jira10RestIT extends BuiltJarRestContract {

    @Override
    JiraPlatform platform() {
        return JiraPlatform.JIRA_10;
    }

    @Override
    String expectedVersion(String buildVersion) {
        return buildVersion + "-jira10";
    }

    @Test
    @DisplayName("the jar ran where no jakarta API class can be loaded, only their javax counterparts")
    void ranWithoutJakarta() {
        ClassLoader loader = app().loader();
        for (String jakarta : List.of("jakarta.ws.rs.Path", "jakarta.servlet.http.HttpServlet", "jakarta.inject.Inject",
                "jakarta.annotation.PostConstruct")) {
            assertThatThrownBy(() -> Class.forName(jakarta, false, loader)).as(jakarta)
                    .isInstanceOf(ClassNotFoundException.class);
            String javax = jakarta.replace("jakarta.", "javax.");
            assertThat(load(javax, loader)).as(javax).isNotNull();
        }
        assertThat(load("org.springframework.core.SpringVersion", loader).getPackage().getImplementationVersion())
                .startsWith("5.3.");
        assertThat(load("org.salespipeline.rest.DealResource", loader).getProtectionDomain().getCodeSource().getLocation()
                .getPath()).endsWith("-jira10.jar");
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is not loadable", e);
        }
    }
}
