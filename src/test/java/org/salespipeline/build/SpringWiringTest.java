package org.salespipeline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.salespipeline.demo.HostServices;
import org.salespipeline.demo.PluginSpringContext;
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
