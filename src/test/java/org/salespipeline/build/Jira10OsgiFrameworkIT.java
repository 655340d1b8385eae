package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.salespipeline.demo.JiraPlatform;

/**
 * The Jira 10.3 jar in the OSGi framework, on the Platform 7 stack: Spring 5.3 and the javax APIs, exported from the
 * jar's own allow-list, with SAL's websudo package taking javax servlet types ({@link Platform7WebSudo}). Every check
 * of {@link OsgiFrameworkIT} runs here too, among them the system check's look-up of every host API member the jar
 * calls.
 */
class Jira10OsgiFrameworkIT extends OsgiFrameworkIT {

    @Override
    JiraPlatform platform() {
        return JiraPlatform.JIRA_10;
    }

    @Override
    ImportAllowList allowList() {
        return ImportAllowList.load(ImportAllowList.JIRA10_RESOURCE);
    }

    /** SAL's websudo package with Platform 7's javax servlet types, which the app's admin pages call. */
    @Override
    List<Path> hostBundles() {
        return List.of(Platform7WebSudo.bundle());
    }

    @Test
    @DisplayName("the app's bundle sees the javax APIs of Platform 7 and none of their Jakarta counterparts")
    void seesJavaxOnly() throws Exception {
        Bundle app = startedWithEverything().app();

        for (String jakarta : List.of("jakarta.servlet.http.HttpServletResponse", "jakarta.ws.rs.core.Response",
                "jakarta.inject.Inject")) {
            assertThatThrownBy(() -> app.loadClass(jakarta)).as(jakarta).isInstanceOf(ClassNotFoundException.class);
            String javax = jakarta.replace("jakarta.", "javax.");
            assertThat(app.loadClass(javax)).as(javax).isNotNull();
        }
        assertThat(app.loadClass(Platform7WebSudo.PACKAGE + ".WebSudoManager")
                .getMethod("willExecuteWebSudoRequest", app.loadClass("javax.servlet.http.HttpServletRequest")))
                .as("SAL's websudo check takes a javax servlet request").isNotNull();
        Class<?> renderer = app.loadClass("org.salespipeline.jira.PageRenderer");
        assertThat(List.of(renderer.getMethods()).stream().flatMap(method -> List.of(method.getParameterTypes()).stream())
                .map(Class::getName)).as("the app pages' renderer writes to a javax servlet response")
                .contains("javax.servlet.http.HttpServletResponse");
    }
}
