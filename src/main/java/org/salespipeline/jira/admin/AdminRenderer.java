package org.salespipeline.jira.admin;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.salespipeline.jira.UserI18n;
import org.salespipeline.jira.UserLanguage;
import org.salespipeline.rest.BuildInfo;
import org.salespipeline.text.Languages;

/** Renders an admin page: its Velocity template with the messages, and the pages' scripts and styles required. */
public class AdminRenderer {

    static final String WEB_RESOURCE = "admin-pages";

    private final TemplateRenderer templates;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final String webResourceKey;
    private final UserLanguage language;

    public AdminRenderer(TemplateRenderer templates, I18nResolver i18n, PageBuilderService pageBuilder, BuildInfo build,
            UserLanguage language) {
        this.templates = templates;
        this.i18n = new UserI18n(i18n, language);
        this.language = language;
        this.pageBuilder = pageBuilder;
        this.webResourceKey = build.key() + ":" + WEB_RESOURCE;
    }

    /**
     * Writes the page with the given HTTP status; the context gets the messages in the user's app language as
     * {@code $i18n}, and that language and its direction as {@code $language} and {@code $direction}.
     */
    public void render(HttpServletResponse response, int status, String page, Map<String, Object> context) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(webResourceKey);
        Map<String, Object> full = new HashMap<>(context);
        full.put("i18n", i18n);
        String now = language.language();
        full.put("language", now);
        full.put("direction", Languages.isRightToLeft(now) ? "rtl" : "ltr");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        templates.render("templates/admin/" + page + ".vm", full, response.getWriter());
    }
}
