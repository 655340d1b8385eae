package org.salespipeline.demo;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What Jira adds around a plugin's servlet pages, as the demo stands in for it: the login page address, a secure
 * administrator session that is always granted, the web resources a page asks for, and the page chrome (Jira's
 * decorator) that puts those resources into the page's head.
 */
final class DemoAdminPages {

    private static final ThreadLocal<List<String>> REQUIRED = ThreadLocal.withInitial(ArrayList::new);

    private DemoAdminPages() {
    }

    /** The demo's login page, coming back to the page asked for. */
    static LoginUriProvider loginUriProvider() {
        return returnUri -> URI.create("/login?next=" + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }

    /** Every admin of the demo is in a secure administrator session already. */
    static WebSudoManager webSudoManager() {
        return new WebSudoManager() {
            @Override
            public void willExecuteWebSudoRequest(HttpServletRequest request) {
                // granted: the demo asks for no password again
            }

            @Override
            public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
                throw new IllegalStateException("The demo grants every secure administrator session");
            }
        };
    }

    /** Records the web resources the current request's page requires. */
    static PageBuilderService pageBuilderService() {
        RequiredResources resources = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                REQUIRED.get().add(moduleCompleteKey);
                return this;
            }
        };
        return () -> () -> resources;
    }

    /** Serves a plugin servlet inside the demo's page chrome, with the styles and scripts its page required. */
    static HttpServlet decorated(HttpServlet page, PluginDescriptor descriptor) {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
                REQUIRED.remove();
                CharArrayWriter body = new CharArrayWriter();
                HttpServletResponseWrapper capture = new HttpServletResponseWrapper(response) {
                    private final PrintWriter writer = new PrintWriter(body);

                    @Override
                    public PrintWriter getWriter() {
                        return writer;
                    }
                };
                try {
                    page.service(request, capture);
                } finally {
                    capture.getWriter().flush();
                }
                if (body.size() > 0 && !response.isCommitted()) {
                    response.getWriter().write(decorate(body.toString(), descriptor, REQUIRED.get()));
                }
                REQUIRED.remove();
            }
        };
    }

    private static String decorate(String html, PluginDescriptor descriptor, List<String> required) {
        StringBuilder head = new StringBuilder("<meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"/demo/demo.css\">"
                + "<script src=\"/demo/amd.js\"></script><script src=\"/demo/i18n.js\"></script>\n");
        for (String key : required) {
            head.append(descriptor.webResourceTags(key.substring(key.indexOf(':') + 1)));
        }
        // Jira's general layout (atl.general) for pages every user sees, its admin layout for the others.
        boolean general = html.contains("content=\"atl.general\"");
        String chrome = general
                ? "<header class=\"demo-header\"><h1>Sales Pipeline demo</h1><nav><a href=\"/dashboard\">Dashboard</a> "
                        + "<a href=\"/login\">Switch user</a></nav></header>"
                : "<header class=\"demo-header\"><h1>Jira administration (demo)</h1><nav>"
                + "<a href=\"/dashboard\">Dashboard</a> <a href=\"/plugins/servlet/sales-pipeline/admin\">Sales pipelines</a> "
                + "<a href=\"/login\">Switch user</a></nav></header>";
        return html.replaceFirst("</head>", java.util.regex.Matcher.quoteReplacement(head + "</head>"))
                .replaceFirst("<body>", java.util.regex.Matcher.quoteReplacement(
                        (general ? "<body class=\"demo-general\">" : "<body class=\"demo-admin\">") + chrome));
    }
}
