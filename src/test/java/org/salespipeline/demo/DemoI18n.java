package org.salespipeline.demo;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The demo's message lookup: the app's default bundle, with {0}-style arguments as Jira fills them. */
public final class DemoI18n implements I18nResolver {

    private final Properties messages;

    public DemoI18n(Properties messages) {
        this.messages = messages;
    }

    @Override
    public String getText(String key) {
        return messages.getProperty(key, key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return new MessageFormat(getText(key).replace("'", "''"), Locale.ROOT).format(arguments);
    }
}
