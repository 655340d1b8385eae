package org.salespipeline.demo;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.context.ApplicationContext;

/**
 * The app's REST resources in Jersey, built the way Jira's REST module builds them: by their
 * {@code @Inject} constructors, from the components of the plugin's Spring context.
 */
public final class RestApplication extends ResourceConfig {

    public static final String RESOURCE_PACKAGE = "org.salespipeline.rest";

    public RestApplication(ApplicationContext pluginContext) {
        packages(RESOURCE_PACKAGE);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // JSON through Jackson, with failures left to the app's own error mapper.
        property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        register(JacksonFeature.withoutExceptionMappers());
        register(new SpringComponentsBinder(pluginContext));
    }

    /** Makes every Spring bean injectable by its class, its superclasses and the interfaces they implement. */
    private static final class SpringComponentsBinder extends AbstractBinder {
        private final ApplicationContext context;

        SpringComponentsBinder(ApplicationContext context) {
            this.context = context;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected void configure() {
            for (String name : context.getBeanNamesForType(Object.class)) {
                Object bean = context.getBean(name);
                var binding = bind(bean).to((Class) bean.getClass());
                for (Class<?> type = bean.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                    binding.to((Class) type);
                    for (Class<?> contract : type.getInterfaces()) {
                        binding.to((Class) contract);
                    }
                }
            }
        }
    }
}
