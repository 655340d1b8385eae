package org.salespipeline.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.NamespaceHandlerResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Loads the app's own META-INF/spring XML in plain Spring, with host services from a {@link HostServices}. */
public final class PluginSpringContext {

    public static final String LOCATION = "classpath*:META-INF/spring/*.xml";

    private PluginSpringContext() {
    }

    public static GenericApplicationContext start(HostServices hostServices) {
        return start(hostServices, Map.of());
    }

    /** Loads the app's context with some of its own beans replaced, such as a fixed clock. */
    public static GenericApplicationContext start(HostServices hostServices, Map<String, Object> replacements) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getBeanFactory().registerSingleton(OsgiNamespaceHandler.HOST_SERVICES_BEAN, hostServices);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        // The blueprint schema is not on the classpath outside OSGi; the structure is checked by parsing.
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        reader.setNamespaceHandlerResolver(withOsgi(new DefaultNamespaceHandlerResolver()));
        reader.loadBeanDefinitions(pluginXml());
        replacements.forEach((name, bean) -> {
            context.removeBeanDefinition(name);
            context.getBeanFactory().registerSingleton(name, bean);
        });
        context.refresh();
        context.registerShutdownHook();
        return context;
    }

    static Resource[] pluginXml() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            if (resources.length == 0) {
                throw new IllegalStateException("No Spring XML found at " + LOCATION);
            }
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NamespaceHandlerResolver withOsgi(NamespaceHandlerResolver standard) {
        OsgiNamespaceHandler osgi = new OsgiNamespaceHandler();
        osgi.init();
        return namespaceUri -> {
            NamespaceHandler handler = OsgiNamespaceHandler.NAMESPACE.equals(namespaceUri) ? osgi : null;
            return handler != null ? handler : standard.resolve(namespaceUri);
        };
    }
}
