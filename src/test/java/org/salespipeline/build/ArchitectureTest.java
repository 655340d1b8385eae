package org.salespipeline.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules of the architecture: a plain core in layers, thin adapters, entities kept inside the
 * store. Each rule holds for the app, and fails for a class planted to break it.
 */
class ArchitectureTest {

    private static final String TEXT = "org.salespipeline.text..";
    private static final String PIPELINE = "org.salespipeline.pipeline..";
    private static final String QUALIFICATION = "org.salespipeline.qualification..";
    private static final String CHECKLIST = "org.salespipeline.checklist..";
    private static final String HISTORY = "org.salespipeline.history..";
    private static final String METRICS = "org.salespipeline.metrics..";
    private static final String CONFIGURATION = "org.salespipeline.configuration..";
    private static final String CRITERIA = "org.salespipeline.criteria..";
    private static final String FEED = "org.salespipeline.feed..";
    private static final String PROVISIONING = "org.salespipeline.provisioning..";
    private static final String WORKSPACE = "org.salespipeline.workspace..";
    private static final String ACCESS = "org.salespipeline.access..";
    private static final String DRILLDOWN = "org.salespipeline.drilldown..";
    private static final String FORECAST = "org.salespipeline.forecast..";

    private static final String[] LOWER = {TEXT, PIPELINE, QUALIFICATION, CHECKLIST, HISTORY};
    private static final String[] UPPER = {METRICS, CONFIGURATION, CRITERIA, FEED, PROVISIONING};
    private static final String[] TOP = {WORKSPACE, ACCESS, DRILLDOWN, FORECAST};
    private static final String[] CORE = concat(LOWER, UPPER, TOP);

    static final ArchRule CORE_IS_PLAIN_JAVA = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "net.java.ao..", "jakarta..", "javax.ws..", "javax.servlet..",
                    "org.salespipeline.store..", "org.salespipeline.rest..", "org.salespipeline.jira..")
            .as("the core imports no Jira, Active Objects, JAX-RS or servlet types, and no adapter");

    static final ArchRule PIPELINE_STANDS_ALONE = classes().that().resideInAPackage(PIPELINE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PIPELINE, TEXT)
            .as("pipeline uses the JDK and the messages only");

    static final ArchRule TEXT_STANDS_ALONE = classes().that().resideInAPackage(TEXT)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", TEXT)
            .as("the messages use the JDK only");

    static final ArchRule MIDDLE_OF_THE_CORE = classes().that().resideInAnyPackage(QUALIFICATION, CHECKLIST, HISTORY)
            .should(onlyUseTheJdkPipelineAndTheirOwnPackage())
            .as("qualification, checklist and history use the JDK, pipeline and their own package only");

    static final ArchRule TOP_OF_THE_CORE = classes().that().resideInAnyPackage(UPPER)
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(new String[] {"java.."}, LOWER, UPPER))
            .as("metrics, configuration, exit criteria, the feed and provisioning use the JDK and the core below the"
                    + " deal workspace and access only");

    static final ArchRule WORKSPACE_AND_ACCESS = classes().that().resideInAnyPackage(TOP)
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(new String[] {"java.."}, CORE))
            .as("the deal workspace, access, drill-down and forecasts use the JDK and the core only");

    static final ArchRule REST_DOES_NOT_TOUCH_ENTITIES = noClasses().that().resideInAPackage("org.salespipeline.rest..")
            .should().dependOnClassesThat().resideInAPackage("net.java.ao..")
            .as("REST resources never touch Active Objects");

    static final ArchRule ENTITIES_STAY_IN_STORE = noClasses().that().resideOutsideOfPackage("org.salespipeline.store..")
            .should().beAssignableTo(net.java.ao.RawEntity.class)
            .orShould().dependOnClassesThat().areAssignableTo(net.java.ao.RawEntity.class)
            .as("Active Objects entities are declared and used in the store package only");

    static final ArchRule NO_COMPONENT_ACCESSOR = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
            .as("no class looks Jira's components up statically");

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.salespipeline");
    }

    /** Each rule with the planted class that breaks it. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(CORE_IS_PLAIN_JAVA, org.salespipeline.feed.planted.FeedUsesJira.class),
                Arguments.of(PIPELINE_STANDS_ALONE, org.salespipeline.pipeline.planted.PipelineUsesHistory.class),
                Arguments.of(TEXT_STANDS_ALONE, org.salespipeline.text.planted.TextUsesPipeline.class),
                Arguments.of(MIDDLE_OF_THE_CORE, org.salespipeline.history.planted.HistoryUsesMetrics.class),
                Arguments.of(MIDDLE_OF_THE_CORE, org.salespipeline.checklist.planted.ChecklistUsesQualification.class),
                Arguments.of(TOP_OF_THE_CORE, org.salespipeline.metrics.planted.MetricsUsesWorkspace.class),
                Arguments.of(TOP_OF_THE_CORE, org.salespipeline.metrics.planted.MetricsUsesALibrary.class),
                Arguments.of(WORKSPACE_AND_ACCESS, org.salespipeline.workspace.planted.WorkspaceUsesStore.class),
                Arguments.of(REST_DOES_NOT_TOUCH_ENTITIES, org.salespipeline.rest.planted.RestUsesActiveObjects.class),
                Arguments.of(ENTITIES_STAY_IN_STORE, org.salespipeline.rest.planted.EntityOutsideTheStore.class),
                Arguments.of(NO_COMPONENT_ACCESSOR, org.salespipeline.jira.planted.LooksUpComponents.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    @DisplayName("the app keeps the rule")
    void appKeepsTheRule(ArchRule rule, Class<?> planted) {
        rule.check(app);
    }

    @ParameterizedTest(name = "{0} fails for {1}")
    @MethodSource("rules")
    @DisplayName("a class planted to break the rule is caught")
    void plantedViolationIsCaught(ArchRule rule, Class<?> planted) {
        JavaClasses scratch = new ClassFileImporter().importClasses(planted);
        assertThat(rule.evaluate(scratch).hasViolation()).as(rule.getDescription()).isTrue();
    }

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>
            onlyUseTheJdkPipelineAndTheirOwnPackage() {
        return new com.tngtech.archunit.lang.ArchCondition<>("only depend on the JDK, pipeline and their own package") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaClass item,
                    com.tngtech.archunit.lang.ConditionEvents events) {
                String own = layerOf(item.getPackageName());
                for (com.tngtech.archunit.core.domain.Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    boolean allowed = target.startsWith("java.") || target.equals("java")
                            || target.startsWith("org.salespipeline.pipeline") || target.startsWith("org.salespipeline.text")
                            || (own != null && target.startsWith(own));
                    if (!allowed) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(dependency,
                                dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The core package a class's package belongs to, such as {@code org.salespipeline.history}. */
    private static String layerOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length < 3 ? null : parts[0] + "." + parts[1] + "." + parts[2];
    }

    private static String[] concat(String[]... groups) {
        return Arrays.stream(groups).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
