package org.salespipeline.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The demo host's dashboard: the app's dashboard items in gadget frames, for the logged-in user, with the web resources
 * of the dashboard's context, as Jira's dashboard loads them.
 */
final class DashboardPage extends HttpServlet {

    /** The web-resource context of Jira's dashboard, which the gadgets' scripts and styles are in. */
    static final String CONTEXT = "atl.dashboard";

    private final Properties messages;
    private final PluginDescriptor descriptor;

    DashboardPage(Properties messages, PluginDescriptor descriptor) {
        this.messages = messages;
        this.descriptor = descriptor;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getSession(false) == null || request.getSession(false).getAttribute(BasicAuthFilter.SESSION_USER) == null) {
            response.sendRedirect("/login?next=/dashboard");
            return;
        }
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Sales dashboard — Sales Pipeline demo</title>
                <link rel="stylesheet" href="/demo/demo.css">
                <script src="/demo/amd.js"></script><script src="/demo/i18n.js"></script>
                """);
        html.append(descriptor.webResourceTags(descriptor.webResourcesInContext(CONTEXT)));
        com.atlassian.jira.user.ApplicationUser user = (com.atlassian.jira.user.ApplicationUser)
                request.getSession(false).getAttribute(BasicAuthFilter.SESSION_USER);
        String adminLink = DemoJira.ADMIN.equals(user.getUsername())
                ? "<a id=\"demo-admin-link\" href=\"/plugins/servlet/sales-pipeline/admin\">Sales pipelines (admin)</a> " : "";
        html.append("</head><body><header class=\"demo-header\"><h1>Sales dashboard</h1><nav>" + adminLink
                + "<a href=\"/login\">Switch user</a></nav></header>"
                + "<main class=\"demo-dashboard\">");
        for (PluginDescriptor.DashboardItem gadget : descriptor.dashboardItems()) {
            html.append("<section class=\"demo-gadget\" id=\"gadget-").append(DemoPages.escape(gadget.name()))
                    .append("\" data-module=\"").append(DemoPages.escape(gadget.amdModule())).append("\"><header><h2>")
                    .append(DemoPages.escape(messages.getProperty(gadget.titleKey())))
                    .append("</h2><button class=\"demo-gadget-settings\" type=\"button\">Settings</button></header>")
                    .append("<div class=\"demo-gadget-body\"></div></section>");
        }
        html.append("</main><script src=\"/demo/dashboard.js\"></script></body></html>");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(html.toString());
    }
}
