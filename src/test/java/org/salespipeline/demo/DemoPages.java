package org.salespipeline.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Small pieces of the demo host's pages: the app's static resources from the classpath, and its messages as script. */
final class DemoPages {

    private static final Map<String, String> TYPES = Map.of(
            "js", "application/javascript", "css", "text/css", "png", "image/png", "html", "text/html");

    private DemoPages() {
    }

    /** Serves files under a classpath folder, such as the app's js/, css/ and images/. */
    static HttpServlet classpath(String folder) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String path = request.getPathInfo() == null ? "" : request.getPathInfo();
                if (path.contains("..")) {
                    response.sendError(404);
                    return;
                }
                try (InputStream in = DemoPages.class.getClassLoader().getResourceAsStream(folder + path)) {
                    if (in == null || path.endsWith("/")) {
                        response.sendError(404);
                        return;
                    }
                    response.setContentType(TYPES.getOrDefault(path.substring(path.lastIndexOf('.') + 1), "application/octet-stream"));
                    in.transferTo(response.getOutputStream());
                }
            }
        };
    }

    /** AJS.I18n.getText and AJS.contextPath as Jira's page provides them, over the app's default bundle. */
    static HttpServlet i18nScript() {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                Properties bundle = new Properties();
                try (InputStream in = DemoPages.class.getClassLoader().getResourceAsStream("i18n/sales-pipeline.properties")) {
                    bundle.load(in);
                }
                StringBuilder messages = new StringBuilder("{");
                new TreeMap<>(bundle).forEach((key, value) -> messages.append(json(key.toString())).append(':')
                        .append(json(value.toString())).append(','));
                messages.setLength(messages.length() - 1);
                messages.append('}');
                response.setContentType("application/javascript");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("window.AJS = window.AJS || {};\n"
                        + "AJS.contextPath = function () { return ''; };\n"
                        + "AJS.I18n = { messages: " + messages + ", getText: function (key) {\n"
                        + "  var args = Array.prototype.slice.call(arguments, 1);\n"
                        + "  var text = this.messages[key] === undefined ? key : this.messages[key];\n"
                        + "  return text.replace(/\\{(\\d+)\\}/g, function (m, i) { return args[i] === undefined ? m : String(args[i]); });\n"
                        + "} };\n");
            }
        };
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
