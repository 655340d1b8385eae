package org.salespipeline.demo;

import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The demo host's login page: sign in as the admin or the sales rep, then go where you were going. */
final class LoginPage extends HttpServlet {

    private final DemoJira jira;

    LoginPage(DemoJira jira) {
        this.jira = jira;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = DemoPages.escape(target(request));
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Log in — Sales Pipeline demo</title>
                <link rel="stylesheet" href="/demo/demo.css"></head>
                <body class="demo-login"><main>
                <h1>Sales Pipeline demo</h1>
                <p>Choose who you are. Each user's password is their name.</p>
                <form method="post" action="/login">
                <input type="hidden" name="next" value="%1$s">
                <button id="login-admin" name="user" value="admin" type="submit">Log in as admin <small>Jira admin, ACME and GLOBEX</small></button>
                <button id="login-rep" name="user" value="rep" type="submit">Log in as rep <small>sales rep, ACME only</small></button>
                <button id="login-dana" name="user" value="dana" type="submit">Log in as dana <small>Dana Levi, sales rep, ACME only, Jira in Hebrew</small></button>
                </form></main></body></html>
                """.formatted(next));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("user");
        ApplicationUser user = jira.authenticate(name, name);
        if (user == null) {
            response.sendError(400, "Unknown demo user");
            return;
        }
        request.getSession(true).setAttribute(BasicAuthFilter.SESSION_USER, user);
        response.sendRedirect(target(request));
    }

    /** Where to go after logging in: a local path only. */
    private static String target(HttpServletRequest request) {
        String next = request.getParameter("next");
        return next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/dashboard";
    }
}
