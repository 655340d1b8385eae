package org.salespipeline.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages in English from the app's default bundle, read as Jira reads it (each value a {@link MessageFormat}
 * pattern), for what only Jira's log and exception messages show; a user always reads a message through the
 * {@link Texts} of the request.
 */
public final class EnglishTexts implements Texts {

    public static final EnglishTexts INSTANCE = new EnglishTexts();

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.sales-pipeline", Locale.ROOT,
            EnglishTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));

    private EnglishTexts() {
    }

    @Override
    public String text(Message message) {
        Object[] arguments = message.arguments().stream()
                .map(argument -> argument instanceof Message inner ? text(inner) : argument).toArray();
        try {
            return new MessageFormat(bundle.getString(message.key()), Locale.ROOT).format(arguments);
        } catch (MissingResourceException unknown) {
            return message.toString();
        }
    }
}
