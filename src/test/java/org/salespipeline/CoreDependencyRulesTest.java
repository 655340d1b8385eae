package org.salespipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The core packages are plain Java and depend on each other only as designed")
class CoreDependencyRulesTest {

    private static final String PIPELINE = "org.salespipeline.pipeline..";
    private static final String QUALIFICATION = "org.salespipeline.qualification..";
    private static final String CHECKLIST = "org.salespipeline.checklist..";
    private static final String HISTORY = "org.salespipeline.history..";
    private static final String METRICS = "org.salespipeline.metrics..";

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.salespipeline.pipeline", "org.salespipeline.qualification",
                    "org.salespipeline.checklist", "org.salespipeline.history", "org.salespipeline.metrics");

    @Test
    @DisplayName("pipeline uses the JDK only")
    void pipeline() {
        classes().that().resideInAPackage(PIPELINE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PIPELINE)
                .check(core);
    }

    @Test
    @DisplayName("qualification, checklist and history use the JDK and pipeline only")
    void middle() {
        for (String layer : new String[] {QUALIFICATION, CHECKLIST, HISTORY}) {
            classes().that().resideInAPackage(layer)
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PIPELINE, layer)
                    .check(core);
        }
    }

    @Test
    @DisplayName("metrics uses the JDK and the core packages only")
    void metrics() {
        classes().that().resideInAPackage(METRICS)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", PIPELINE, QUALIFICATION, CHECKLIST, HISTORY, METRICS)
                .check(core);
    }
}
