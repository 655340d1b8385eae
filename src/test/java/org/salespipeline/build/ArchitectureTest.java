package org.salespipeline.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The package rules of the architecture: a plain core, thin adapters, entities kept inside the store. */
class ArchitectureTest {

    private static final String PIPELINE = "org.salespipeline.pipeline..";
    private static final String QUALIFICATION = "org.salespipeline.qualification..";
    private static final String CHECKLIST = "org.salespipeline.checklist..";
    private static final String HISTORY = "org.salespipeline.history..";
    private static final String METRICS = "org.salespipeline.metrics..";
    private static final String CONFIGURATION = "org.salespipeline.configuration..";
    private static final String CRITERIA = "org.salespipeline.criteria..";
    private static final String FEED = "org.salespipeline.feed..";
    private static final String PROVISIONING = "org.salespipeline.provisioning..";
    private static final String[] CORE = {PIPELINE, QUALIFICATION, CHECKLIST, HISTORY, METRICS, CONFIGURATION, CRITERIA, FEED,
            PROVISIONING};

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.salespipeline");
    }

    @Test
    @DisplayName("the core imports no Jira, Active Objects or JAX-RS types")
    void coreIsPlainJava() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.atlassian..", "net.java.ao..", "jakarta.ws.rs..", "jakarta.servlet..",
                        "org.salespipeline.store..", "org.salespipeline.rest..", "org.salespipeline.jira..")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    @DisplayName("pipeline uses the JDK only")
    void pipelineStandsAlone() {
        classes().that().resideInAPackage(PIPELINE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PIPELINE)
                .check(app);
    }

    @Test
    @DisplayName("qualification, checklist and history use the JDK and pipeline only")
    void middleOfTheCore() {
        for (String layer : new String[] {QUALIFICATION, CHECKLIST, HISTORY}) {
            classes().that().resideInAPackage(layer)
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PIPELINE, layer)
                    .check(app);
        }
    }

    @Test
    @DisplayName("metrics, configuration, exit criteria, the feed and provisioning use the JDK and the core packages only")
    void topOfTheCore() {
        classes().that().resideInAnyPackage(METRICS, CONFIGURATION, CRITERIA, FEED, PROVISIONING)
                .should().onlyDependOnClassesThat().resideInAnyPackage(CORE)
                .orShould().dependOnClassesThat().resideInAPackage("java..")
                .check(app);
    }

    @Test
    @DisplayName("REST resources never touch Active Objects")
    void restDoesNotTouchEntities() {
        noClasses().that().resideInAPackage("org.salespipeline.rest..")
                .should().dependOnClassesThat().resideInAPackage("net.java.ao..")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    @DisplayName("Active Objects entities never leave the store package")
    void entitiesStayInStore() {
        classes().that().areAssignableTo(net.java.ao.RawEntity.class)
                .should().resideInAPackage("org.salespipeline.store..")
                .allowEmptyShould(true)
                .check(app);
        noClasses().that().resideOutsideOfPackage("org.salespipeline.store..")
                .should().dependOnClassesThat().areAssignableTo(net.java.ao.RawEntity.class)
                .check(app);
    }

    @Test
    @DisplayName("no class looks components up statically outside the one Jira adapter allowed to")
    void noComponentAccessor() {
        noClasses().that().resideOutsideOfPackage("org.salespipeline.jira.platform..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
                .check(app);
    }
}
