package org.salespipeline.demo;

import com.atlassian.jira.issue.Issue;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.salespipeline.configuration.PipelineDirectory;
import org.salespipeline.jira.DealFields;
import org.salespipeline.jira.web.DealPanel;
import org.salespipeline.jira.web.DealPanelCondition;
import org.salespipeline.pipeline.Outcome;
import org.salespipeline.pipeline.StageRef;
import org.springframework.context.ApplicationContext;

/**
 * The demo's issue view at {@code /browse/KEY}: the issue's summary and status, a workflow form that moves it
 * through the app's validators (a reason field standing in for the transition screen), and the app's deal panel,
 * rendered by the app's own web panel and condition with the scripts and styles of its web resource.
 */
final class IssuePage extends HttpServlet {

    /** The web resource of the deal panel's scripts and styles, which Jira adds to the issue view by its context. */
    static final String PANEL_RESOURCES = "deal-panel-resources";

    private final DemoJira jira;
    private final DemoWorkflow workflow;
    private final PipelineDirectory pipelines;
    private final DealPanel panel;
    private final DealPanelCondition condition;
    private final String panelResources;

    IssuePage(ApplicationContext app, DemoJira jira, DemoWorkflow workflow, PluginDescriptor descriptor) {
        this.jira = jira;
        this.workflow = workflow;
        this.pipelines = app.getBean(PipelineDirectory.class);
        this.panel = app.getAutowireCapableBeanFactory().createBean(DealPanel.class);
        this.condition = app.getAutowireCapableBeanFactory().createBean(DealPanelCondition.class);
        this.panelResources = descriptor.webResourceTags(PANEL_RESOURCES);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DemoIssue> issue = visibleIssue(request, response);
        if (issue.isPresent()) {
            write(response, page(issue.get(), new Move(null, null, List.of())));
        }
    }

    /** Moves the issue into the chosen status, or shows the validators' refusal. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<DemoIssue> found = visibleIssue(request, response);
        if (found.isEmpty()) {
            return;
        }
        DemoIssue issue = found.get();
        String status = request.getParameter("status");
        String reason = request.getParameter("reason");
        Map<String, Object> screen = new HashMap<>();
        Optional<StageRef> target = pipelines.find(issue.getProjectObject().getKey())
                .flatMap(config -> config.mapping().lookup(status));
        if (target.filter(t -> t.is(Outcome.LOST)).isPresent()) {
            screen.put(DealFields.LOST_REASON, blank(reason) ? null : new DemoIssue.DemoOption(reason.strip()));
        }
        if (target.filter(t -> t.is(Outcome.DISQUALIFIED)).isPresent()) {
            screen.put(DealFields.DISQUALIFICATION_REASON, blank(reason) ? null : new DemoIssue.DemoOption(reason.strip()));
        }
        List<String> refusals;
        try {
            refusals = workflow.transition(issue.getKey(), status, screen);
        } catch (Exception e) {
            refusals = List.of("The move failed: " + e.getMessage());
        }
        if (refusals.isEmpty()) {
            response.sendRedirect("/browse/" + issue.getKey());
        } else {
            write(response, page(issue, new Move(status, reason, refusals)));
        }
    }

    private Optional<DemoIssue> visibleIssue(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The request's user, as the sign-in filter set it (from the session or HTTP Basic).
        String user = Optional.ofNullable(jira.authenticationContext().getLoggedInUser())
                .map(com.atlassian.jira.user.ApplicationUser::getUsername).orElse(null);
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (user == null) {
            response.sendRedirect("/login?next=/browse/" + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8));
            return Optional.empty();
        }
        DemoIssue issue = jira.issue(key);
        if (issue == null || !jira.projectsOf(user).contains(issue.getProjectObject().getKey())) {
            response.setStatus(404);
            write(response, chrome("Issue not found", "", "<main class=\"demo-issue\"><div class=\"aui-message aui-message-error\" id=\"issue-missing\">"
                    + "<p>Issue " + DemoPages.escape(key) + " does not exist, or you do not have permission to see it.</p></div></main>"));
            return Optional.empty();
        }
        return Optional.of(issue);
    }

    /** The move the form last sent (none on a plain view): the chosen status and reason, and the validators' refusals. */
    private record Move(String status, String reason, List<String> refusals) {
    }

    private String page(DemoIssue issue, Move move) {
        String project = issue.getProjectObject().getKey();
        StringBuilder html = new StringBuilder("<main class=\"demo-issue\"><p class=\"demo-issue-key\">")
                .append(DemoPages.escape(issue.getKey())).append("</p><h2 id=\"issue-summary\">")
                .append(DemoPages.escape(issue.getSummary())).append("</h2><p>Status: <span class=\"demo-status\" id=\"issue-status\">")
                .append(DemoPages.escape(issue.getStatus() == null ? "" : issue.getStatus().getName())).append("</span></p>");
        if (!move.refusals().isEmpty()) {
            html.append("<div class=\"aui-message aui-message-error\" id=\"transition-errors\" role=\"alert\">");
            move.refusals().forEach(line -> html.append("<p>").append(DemoPages.escape(line)).append("</p>"));
            html.append("</div>");
        }
        html.append("<form class=\"demo-workflow\" method=\"post\" action=\"/browse/").append(DemoPages.escape(issue.getKey()))
                .append("\"><label>Move to <select name=\"status\" id=\"transition-status\" required>")
                .append("<option value=\"\"").append(move.status() == null ? " selected" : "").append(">Choose a status</option>");
        for (DemoJira.DemoStatus status : jira.statuses(project)) {
            html.append("<option value=\"").append(DemoPages.escape(status.id())).append('"')
                    .append(status.id().equals(move.status()) ? " selected" : "").append('>')
                    .append(DemoPages.escape(status.name())).append("</option>");
        }
        html.append("</select></label> <label>Reason <input name=\"reason\" id=\"transition-reason\" value=\"")
                .append(DemoPages.escape(move.reason() == null ? "" : move.reason()))
                .append("\" placeholder=\"for Closed Lost or Disqualified\"></label> "
                + "<button class=\"aui-button aui-button-primary\" id=\"transition-submit\" type=\"submit\">Move</button></form>");
        Map<String, Object> context = Map.of("issue", (Issue) issue);
        if (condition.shouldDisplay(context)) {
            html.append("<section class=\"demo-panel\"><h3>Sales pipeline</h3>").append(panel.getHtml(context)).append("</section>");
        }
        html.append("</main>");
        return chrome(issue.getKey() + " " + issue.getSummary(), panelResources, html.toString());
    }

    /** The page; resources are the web resource tags it needs after the demo's AMD loader and messages. */
    private static String chrome(String title, String resources, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + DemoPages.escape(title)
                + " — Sales Pipeline demo</title><link rel=\"stylesheet\" href=\"/demo/demo.css\">"
                + "<script src=\"/demo/amd.js\"></script><script src=\"/demo/i18n.js\"></script>\n" + resources
                + "</head><body><header class=\"demo-header\">"
                + "<h1>Sales Pipeline demo</h1><nav><a href=\"/dashboard\">Dashboard</a> · <a href=\"/login\">Switch user</a></nav>"
                + "</header>" + body + "</body></html>";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void write(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(html);
    }
}
