package org.salespipeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.salespipeline.access.AccessPolicy;
import org.salespipeline.jira.UserLanguage;
import org.salespipeline.text.Languages;
import org.salespipeline.text.Message;

/**
 * The app's language for the current user: the language the panel, the admin pages and the gadgets speak, its
 * direction, the user's own choice (none: Jira's language), and every message of the app in that language. A user
 * chooses with PUT: {@code {"language":"he"}}, {@code "en"}, or null to follow Jira's language again.
 */
@Path("/language")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageResource {

    private final UserLanguage language;
    private final AccessPolicy access;
    private final com.atlassian.sal.api.message.I18nResolver i18n;

    @Inject
    public LanguageResource(UserLanguage language, AccessPolicy access, com.atlassian.sal.api.message.I18nResolver i18n) {
        this.language = language;
        this.access = access;
        this.i18n = i18n;
    }

    @GET
    public LanguageJson get() {
        VisiblePipelines.requireUser(access);
        return current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public LanguageJson choose(ChoiceJson body) {
        VisiblePipelines.requireUser(access);
        String wanted = body == null ? null : body.language();
        String chosen = wanted == null || wanted.isBlank() ? null : Languages.known(wanted)
                .orElseThrow(() -> RestException.badRequest("language", "sales-pipeline.error.language", wanted,
                        String.join(", ", Languages.ALL)));
        language.choose(chosen);
        return current();
    }

    private LanguageJson current() {
        String now = language.language();
        return new LanguageJson(now, Languages.isRightToLeft(now) ? "rtl" : "ltr", language.choice().orElse(null),
                Languages.ALL, i18n.getAllTranslationsForPrefix(Message.PREFIX, Languages.locale(now)));
    }

    /** The answer: the language in use, its direction, the user's choice (null: Jira's), the choices, the messages. */
    public record LanguageJson(String language, String direction, String choice, List<String> languages,
            Map<String, String> messages) {
    }

    /** The request body of a choice. */
    public record ChoiceJson(String language) {
    }
}
