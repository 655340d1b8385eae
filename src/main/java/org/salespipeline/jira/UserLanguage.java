package org.salespipeline.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;
import java.util.Optional;
import org.salespipeline.text.LanguageChoices;
import org.salespipeline.text.Languages;

/**
 * The language of the user making the current request: the app language the user chose, else the language of the
 * user's Jira profile when the app speaks it, else English.
 */
public class UserLanguage {

    private final JiraAuthenticationContext authenticationContext;
    private final LanguageChoices choices;

    public UserLanguage(JiraAuthenticationContext authenticationContext, LanguageChoices choices) {
        this.authenticationContext = authenticationContext;
        this.choices = choices;
    }

    /** The app language of the current user ({@link Languages#ALL}). */
    public String language() {
        return choice().orElseGet(() -> Languages.of(authenticationContext.getLocale()));
    }

    /** The language the current user chose for the app; empty for none or for an anonymous request. */
    public Optional<String> choice() {
        return userKey().flatMap(choices::find).flatMap(Languages::known);
    }

    /** Keeps the current user's choice (null to follow Jira again); false for an anonymous request. */
    public boolean choose(String language) {
        Optional<String> key = userKey();
        key.ifPresent(userKey -> choices.choose(userKey, language));
        return key.isPresent();
    }

    /** The locale the current user's messages are looked up in. */
    public Locale locale() {
        return Languages.locale(language());
    }

    private Optional<String> userKey() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return user == null ? Optional.empty() : Optional.ofNullable(user.getKey());
    }
}
