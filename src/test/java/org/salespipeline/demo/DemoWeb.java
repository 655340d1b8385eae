package org.salespipeline.demo;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Properties;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.glassfish.jersey.servlet.ServletContainer;
import org.salespipeline.rest.BuildInfo;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

/** The demo host's web application: sign-in, the app's REST API and resources, and the demo pages. */
public final class DemoWeb {

    private DemoWeb() {
    }

    static ServletContextHandler context(PluginDescriptor descriptor, ApplicationContext app, DemoJira jira, DemoWorkflow workflow) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new BasicAuthFilter(jira)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new XsrfCheckFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ServletContainer(new RestApplication(app))), descriptor.restBase() + "/*");
        context.addServlet(new ServletHolder(new AlivePage(app.getBean(BuildInfo.class), descriptor.restBase())), "");
        context.addServlet(new ServletHolder(new LoginPage(jira)), "/login");
        context.addServlet(new ServletHolder(new DashboardPage(messages(), descriptor)), "/dashboard");
        context.addServlet(new ServletHolder(new IssuePage(app, jira, workflow, descriptor)), "/browse/*");
        context.addServlet(new ServletHolder(new DemoJiraRest(app, jira, workflow)), "/rest/api/2/*");
        for (PluginDescriptor.ServletModule module : descriptor.servlets()) {
            HttpServlet page = DemoAdminPages.decorated(pluginServlet(app, module.className()), descriptor);
            module.paths().forEach(path -> context.addServlet(new ServletHolder(page), path));
        }
        context.addServlet(new ServletHolder(DemoPages.i18nScript()), "/demo/i18n.js");
        context.addServlet(new ServletHolder(DemoPages.classpath("demo")), "/demo/*");
        for (String folder : new String[] {"js", "css", "images"}) {
            context.addServlet(new ServletHolder(DemoPages.classpath(folder)), "/" + folder + "/*");
        }
        return context;
    }

    /** Builds a servlet module's class as the plugin system does: its constructor's arguments from the plugin's components. */
    private static HttpServlet pluginServlet(ApplicationContext app, String className) {
        try {
            return (HttpServlet) app.getAutowireCapableBeanFactory()
                    .autowire(Class.forName(className), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The descriptor names a missing servlet class " + className, e);
        }
    }

    public static Properties messages() {
        Properties messages = new Properties();
        try (InputStream in = DemoWeb.class.getClassLoader().getResourceAsStream("i18n/sales-pipeline.properties")) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
