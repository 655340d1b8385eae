package org.salespipeline.demo;

import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.xml.AbstractSingleBeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.w3c.dom.Element;

/**
 * Reads the plugin's {@code osgi:} elements outside OSGi: each {@code osgi:reference} becomes a bean
 * served by {@link HostServices}; {@code osgi:service} exports need no action here.
 */
public final class OsgiNamespaceHandler extends NamespaceHandlerSupport {

    public static final String NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    static final String HOST_SERVICES_BEAN = "demo.hostServices";

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", new ReferenceParser());
        registerBeanDefinitionParser("service", (element, parserContext) -> null);
    }

    private static final class ReferenceParser extends AbstractSingleBeanDefinitionParser {
        @Override
        protected Class<?> getBeanClass(Element element) {
            return HostServiceFactoryBean.class;
        }

        @Override
        protected void doParse(Element element, ParserContext parserContext, BeanDefinitionBuilder builder) {
            builder.addConstructorArgReference(HOST_SERVICES_BEAN);
            builder.addConstructorArgValue(element.getAttribute("interface"));
        }

        @Override
        protected boolean shouldGenerateIdAsFallback() {
            return true;
        }

        @Override
        protected String resolveId(Element element, AbstractBeanDefinition definition, ParserContext parserContext) {
            String id = element.getAttribute("id");
            return id.isEmpty() ? parserContext.getReaderContext().generateBeanName(definition) : id;
        }
    }

    /** Produces one host service, typed by the interface the reference names. */
    public static final class HostServiceFactoryBean implements FactoryBean<Object> {
        private final HostServices hostServices;
        private final String interfaceName;

        public HostServiceFactoryBean(HostServices hostServices, String interfaceName) {
            this.hostServices = hostServices;
            this.interfaceName = interfaceName;
        }

        @Override
        public Object getObject() {
            return hostServices.lookup(interfaceName);
        }

        @Override
        public Class<?> getObjectType() {
            try {
                return Class.forName(interfaceName);
            } catch (ClassNotFoundException e) {
                return null;
            }
        }
    }

    static boolean isReference(BeanDefinition definition) {
        return HostServiceFactoryBean.class.getName().equals(definition.getBeanClassName());
    }
}
