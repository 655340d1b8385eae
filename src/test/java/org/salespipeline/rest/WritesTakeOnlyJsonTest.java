package org.salespipeline.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of the REST API that changes something takes JSON only, so that a form, a multipart upload or a
 * plain-text post from another site (which browsers send without asking) is refused before it reaches the app.
 */
class WritesTakeOnlyJsonTest {

    static Stream<Method> writes() {
        List<Method> writes = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.salespipeline.rest")) {
            Class<?> type = resource.reflect();
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(DELETE.class) || method.isAnnotationPresent(PATCH.class)) {
                    writes.add(method);
                }
            }
        }
        return writes.stream();
    }

    @Test
    @DisplayName("the API has writes to check: set-up, mapping, provisioning, rebuild, BANT and ticks")
    void writesAreFound() {
        assertThat(writes().map(Method::getName)).contains("replace", "map", "provision", "start", "bant", "tick");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    @DisplayName("a write consumes application/json and nothing else")
    void consumesJsonOnly(Method write) {
        Consumes consumes = write.isAnnotationPresent(Consumes.class) ? write.getAnnotation(Consumes.class)
                : write.getDeclaringClass().getAnnotation(Consumes.class);
        assertThat(consumes).as("@Consumes of %s", write).isNotNull();
        assertThat(consumes.value()).as("@Consumes of %s", write).containsExactly(MediaType.APPLICATION_JSON);
    }
}
