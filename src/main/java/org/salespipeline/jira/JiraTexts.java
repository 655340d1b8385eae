package org.salespipeline.jira;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Locale;
import org.salespipeline.text.Message;
import org.salespipeline.text.Texts;

/** Messages in the current user's language, through SAL's message lookup over the app's bundles. */
public class JiraTexts implements Texts {

    private final I18nResolver i18n;
    private final UserLanguage language;

    public JiraTexts(I18nResolver i18n, UserLanguage language) {
        this.i18n = i18n;
        this.language = language;
    }

    @Override
    public String text(Message message) {
        return text(language.locale(), message);
    }

    private String text(Locale locale, Message message) {
        Serializable[] arguments = new Serializable[message.arguments().size()];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = message.arguments().get(i);
            arguments[i] = argument instanceof Message inner ? text(locale, inner) : String.valueOf(argument);
        }
        return i18n.getText(locale, message.key(), arguments);
    }
}
