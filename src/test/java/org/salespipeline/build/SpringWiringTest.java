package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.HostServices;
import org.salespipeline.demo.PluginSpringContext;
import org.salespipeline.history.ChangeHistorySource;
import org.salespipeline.history.SourceUnavailableException;
import org.salespipeline.provisioning.PipelineProvisioning;
import org.salespipeline.provisioning.ProvisioningOutcome;
import org.salespipeline.provisioning.ProvisioningRequest;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.support.GenericApplicationContext;

/** The real META-INF/spring XML builds every component in Spring 6 once the host services exist. */
class SpringWiringTest {

    private final List<String> calls = new java.util.ArrayList<>();

    @Test
    @DisplayName("every bean of the plugin's Spring XML is built, with every osgi:reference served by a fake")
    void everyBeanIsBuilt() {
        List<String> referenced = SpringXml.referencedInterfaces();
        assertThat(referenced).as("host services the XML references").isNotEmpty();
        HostServices fakes = new HostServices();
        referenced.forEach(name -> fakes.with(load(name), fake(load(name))));

        try (GenericApplicationContext context = PluginSpringContext.start(fakes)) {
            String[] names = context.getBeanDefinitionNames();
            assertThat(names).contains(SpringXml.beanIds().toArray(String[]::new));
            for (String name : names) {
                BeanDefinition definition = context.getBeanDefinition(name);
                assertThat(context.getBean(name)).as("bean %s (%s)", name, definition.getBeanClassName()).isNotNull();
            }
            for (String name : referenced) {
                assertThat(context.getBeansOfType(load(name))).as("reference to %s", name).isNotEmpty();
            }
            assertThat(calls).as("lifecycles run through init-method")
                    .containsExactly("EventPublisher.register[" + context.getBean("dealEventListener") + "]");
        }
        assertThat(calls).as("and through destroy-method").hasSize(2).last().asString().startsWith("EventPublisher.unregister");
    }


    @Test
    @DisplayName("without the services only provisioning and the change history need, the context starts and those features answer unavailable")
    void startsWithoutOnDemandServices() throws Exception {
        List<String> onDemand = List.of("com.atlassian.jira.issue.changehistory.ChangeHistoryManager",
                "com.atlassian.jira.config.StatusManager", "com.atlassian.jira.config.StatusCategoryManager",
                "com.atlassian.jira.workflow.WorkflowSchemeManager", "com.atlassian.jira.config.IssueTypeManager",
                "com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager",
                "com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager",
                "com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager",
                "com.atlassian.jira.issue.fields.screen.FieldScreenManager");
        assertThat(SpringXml.referencedInterfaces()).containsAll(onDemand);
        HostServices fakes = new HostServices();
        SpringXml.referencedInterfaces().stream().filter(name -> !onDemand.contains(name))
                .forEach(name -> fakes.with(load(name), fake(load(name))));

        try (GenericApplicationContext context = PluginSpringContext.start(fakes)) {
            ProvisioningOutcome outcome = context.getBean(PipelineProvisioning.class)
                    .provision("ACME", new ProvisioningRequest("five-stage", null, null));
            assertThat(outcome.provisioned()).isFalse();
            assertThat(outcome.unavailable()).singleElement().asString().contains("com.atlassian.jira.config.StatusManager");
            assertThat(org.salespipeline.text.BundleTexts.english(outcome.message())).startsWith("Provisioning is unavailable: ").contains("Nothing was created");
            assertThat(outcome.workflowXml()).isNull();
            assertThat(org.salespipeline.text.BundleTexts.english(outcome.message())).contains("/rest/sales-pipeline/1.0/pipelines/ACME/setup/workflow.xml?template=five-stage");

            ChangeHistorySource history = context.getBean("changeHistorySource", ChangeHistorySource.class);
            assertThatThrownBy(() -> history.count("ACME")).isInstanceOf(SourceUnavailableException.class)
                    .hasMessageContaining("com.atlassian.jira.issue.changehistory.ChangeHistoryManager");
        }
    }

    private static <T> Class<T> load(String name) {
        try {
            @SuppressWarnings("unchecked")
            Class<T> type = (Class<T>) Class.forName(name);
            return type;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("osgi:reference names an interface that does not exist: " + name, e);
        }
    }

    /** A host service that records calls of its void methods and refuses anything that would need an answer. */
    private <T> T fake(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("toString")) {
                return "fake " + type.getSimpleName();
            }
            if (method.getReturnType() == void.class) {
                calls.add(type.getSimpleName() + "." + method.getName() + Arrays.toString(args));
                return null;
            }
            throw new UnsupportedOperationException("fake " + type.getSimpleName() + "." + method.getName()
                    + " called while wiring: " + Arrays.toString(args));
        }));
    }
}
