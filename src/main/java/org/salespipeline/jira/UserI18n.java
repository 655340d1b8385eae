package org.salespipeline.jira;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * SAL's message lookup in the app language of the user making the request (their choice, else Jira's language), for
 * the admin pages' templates, which call getText as they would on Jira's own.
 */
public class UserI18n implements I18nResolver {

    private final I18nResolver i18n;
    private final UserLanguage language;

    public UserI18n(I18nResolver i18n, UserLanguage language) {
        this.i18n = i18n;
        this.language = language;
    }

    @Override
    public String getText(String key) {
        return i18n.getText(language.locale(), key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return i18n.getText(language.locale(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return i18n.getText(locale, key, arguments);
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        return i18n.getAllTranslationsForPrefix(prefix, locale);
    }
}
