package org.salespipeline.jira;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.salespipeline.rest.BuildInfo;
import org.salespipeline.text.Languages;

/**
 * Renders one of the app's pages (the admin pages, the board): its Velocity template with the messages in the user's
 * app language, and its scripts and styles required.
 */
public class PageRenderer {

    private final TemplateRenderer templates;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final String pluginKey;
    private final UserLanguage language;

    public PageRenderer(TemplateRenderer templates, I18nResolver i18n, PageBuilderService pageBuilder, BuildInfo build,
            UserLanguage language) {
        this.templates = templates;
        this.i18n = new UserI18n(i18n, language);
        this.language = language;
        this.pageBuilder = pageBuilder;
        this.pluginKey = build.key();
    }

    /**
     * Writes the template (a classpath location) with the given HTTP status, requiring the app's web resource named;
     * the context gets the messages in the user's app language as {@code $i18n}, and that language and its direction
     * as {@code $language} and {@code $direction}.
     */
    public void render(HttpServletResponse response, int status, String template, String webResource,
            Map<String, Object> context) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(pluginKey + ":" + webResource);
        Map<String, Object> full = new HashMap<>(context);
        full.put("i18n", i18n);
        String now = language.language();
        full.put("language", now);
        full.put("direction", Languages.isRightToLeft(now) ? "rtl" : "ltr");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        templates.render(template, full, response.getWriter());
    }
}
