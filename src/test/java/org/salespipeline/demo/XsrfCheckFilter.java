package org.salespipeline.demo;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses REST writes that a page on another site could make a browser send, as Jira's XSRF check does: a
 * write must carry {@code X-Atlassian-Token: no-check}, or a body that is not a form, a multipart upload or
 * plain text. The app's scripts must pass it; the browser tests show they do.
 */
final class XsrfCheckFilter implements Filter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (WRITES.contains(request.getMethod()) && request.getRequestURI().startsWith(request.getContextPath() + "/rest/")
                && !"no-check".equals(request.getHeader("X-Atlassian-Token")) && !nonSimpleBody(request.getContentType())) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getOutputStream().write("{\"errors\":[{\"field\":null,\"message\":\"XSRF check failed\"}]}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(req, res);
    }

    /** A body whose type no cross-site form can send; a write without a body needs the token. */
    private static boolean nonSimpleBody(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return !SIMPLE_TYPES.contains(type);
    }
}
