package org.salespipeline.jira.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.jira.admin.view.Edit;
import org.salespipeline.jira.web.Html;

/**
 * The admin pages under {@code /plugins/servlet/sales-pipeline/admin}: the pipelines, a project's set-up
 * ({@code /{projectKey}/setup}) and a pipeline's edit page ({@code /{projectKey}}). Jira administrators only, in a
 * secure administrator session; anonymous users are sent to log in, others are refused.
 */
public class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/plugins/servlet/sales-pipeline/admin";
    /** The system check's page; project keys are upper case, so it meets no project. */
    static final String SYSTEM = "/system";
    private static final Pattern ROUTE = Pattern.compile("(?:/([A-Z][A-Z0-9_]*)(/setup)?)?/?");

    private final transient WebSudoManager webSudo;
    private final transient LoginUriProvider login;
    private final transient AccessPolicy access;
    private final transient AdminViews views;
    private final transient AdminRenderer renderer;

    public AdminServlet(WebSudoManager webSudo, LoginUriProvider login, AccessPolicy access, AdminViews views,
            AdminRenderer renderer) {
        this.webSudo = webSudo;
        this.login = login;
        this.access = access;
        this.views = views;
        this.renderer = renderer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (access.currentUser().isEmpty()) {
            response.sendRedirect(login.getLoginUri(URI.create(pageOf(request))).toString());
            return;
        }
        String base = request.getContextPath() + PATH;
        if (!access.isAdmin()) {
            renderer.render(response, 403, "refused", Map.of("base", Html.escape(base)));
            return;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException noSession) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        if (SYSTEM.equals(routeOf(request))) {
            renderer.render(response, 200, "system", Map.of("base", Html.escape(base)));
            return;
        }
        Matcher route = ROUTE.matcher(routeOf(request));
        if (!route.matches()) {
            notFound(response, base);
        } else if (route.group(1) == null) {
            renderer.render(response, 200, "pipelines", Map.of("base", Html.escape(base), "view", views.list()));
        } else if (route.group(2) != null) {
            page(response, base, "setup", views.setup(route.group(1)));
        } else {
            Optional<Edit> edit = views.edit(route.group(1));
            if (edit.isEmpty() && views.setup(route.group(1)).isPresent()) {
                response.sendRedirect(base + "/" + route.group(1) + "/setup");
            } else if (edit.isEmpty()) {
                notFound(response, base);
            } else {
                renderer.render(response, 200, "edit", Map.of("base", Html.escape(base), "view", edit.get(),
                        "calibration", views.calibration(route.group(1)).orElseThrow()));
            }
        }
    }

    private void page(HttpServletResponse response, String base, String template, Optional<?> view) throws IOException {
        if (view.isEmpty()) {
            notFound(response, base);
        } else {
            renderer.render(response, 200, template, Map.of("base", Html.escape(base), "view", view.get()));
        }
    }

    private void notFound(HttpServletResponse response, String base) throws IOException {
        renderer.render(response, 404, "missing", Map.of("base", Html.escape(base)));
    }

    /** The part of the path after the servlet's own, such as "/ACME/setup". */
    private static String routeOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PATH) ? path.substring(PATH.length()) : "";
    }

    /** The requested page relative to the context, to come back to after logging in. */
    private static String pageOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
