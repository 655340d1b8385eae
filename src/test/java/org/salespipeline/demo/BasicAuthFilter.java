package org.salespipeline.demo;

import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Logs the request's user in as Jira would: HTTP Basic credentials, or the user chosen on the login page
 * (kept in the session); wrong credentials get 401, no credentials leave the request anonymous.
 */
final class BasicAuthFilter implements Filter {

    static final String SESSION_USER = "demo.user";

    private final DemoJira jira;

    BasicAuthFilter(DemoJira jira) {
        this.jira = jira;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        ApplicationUser user = null;
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Basic ")) {
            String[] credentials = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            user = credentials.length == 2 ? jira.authenticate(credentials[0], credentials[1]) : null;
            if (user == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Sales Pipeline demo\"");
                response.sendError(401, "Wrong user name or password");
                return;
            }
        } else if (request.getSession(false) != null) {
            user = (ApplicationUser) request.getSession(false).getAttribute(SESSION_USER);
        }
        try {
            jira.runAs(user, () -> {
                try {
                    chain.doFilter(req, res);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
