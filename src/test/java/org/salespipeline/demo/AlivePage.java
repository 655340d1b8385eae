package org.salespipeline.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.salespipeline.rest.BuildInfo;

/** The demo host's start page: shows that the app runs and where its API is. */
final class AlivePage extends HttpServlet {

    private final BuildInfo buildInfo;
    private final String restBase;

    AlivePage(BuildInfo buildInfo, String restBase) {
        this.buildInfo = buildInfo;
        this.restBase = restBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s — demo host</title></head>
                <body>
                <h1>%1$s</h1>
                <p id="status">The app is running (version %2$s).</p>
                <p><a href="/dashboard">Sales dashboard</a> (log in as admin or rep)</p>
                <p>REST API: <a href="%3$s/health">%3$s/health</a></p>
                </body></html>
                """.formatted(buildInfo.name(), buildInfo.version(), restBase));
    }
}
