package org.salespipeline.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.configuration.PipelineConfig;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.jira.PageRenderer;

/**
 * The pipeline board of a project at {@code /plugins/servlet/sales-pipeline/board/KEY}, for users who may browse
 * the project: an empty container the board's script fills from the board REST call. A project without a pipeline,
 * or one the user may not browse, gets the same "not found" page.
 */
public class BoardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The servlet's path below {@code /plugins/servlet}. */
    public static final String PATH = "/sales-pipeline/board";
    /** The web resource of the board's scripts and styles. */
    public static final String WEB_RESOURCE = "board-page";

    private final transient LoginUriProvider login;
    private final transient AccessPolicy access;
    private final transient PipelineDirectory pipelines;
    private final transient PageRenderer renderer;

    public BoardServlet(LoginUriProvider login, AccessPolicy access, PipelineDirectory pipelines, PageRenderer renderer) {
        this.login = login;
        this.access = access;
        this.pipelines = pipelines;
        this.renderer = renderer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (access.currentUser().isEmpty()) {
            String page = request.getRequestURI().substring(request.getContextPath().length());
            response.sendRedirect(login.getLoginUri(URI.create(page)).toString());
            return;
        }
        String projectKey = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<PipelineConfig> config = projectKey.isEmpty() || !access.canBrowseProject(projectKey)
                ? Optional.empty() : pipelines.find(projectKey);
        Map<String, Object> context = new HashMap<>();
        context.put("projectKeyHtml", Html.escape(projectKey));
        if (config.isEmpty()) {
            renderer.render(response, 404, "templates/board/missing.vm", WEB_RESOURCE, context);
            return;
        }
        context.put("nameHtml", Html.escape(config.get().pipeline().name()));
        renderer.render(response, 200, "templates/board/board.vm", WEB_RESOURCE, context);
    }
}
