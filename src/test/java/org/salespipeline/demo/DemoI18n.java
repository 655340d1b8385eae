package org.salespipeline.demo;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.salespipeline.text.Languages;

/**
 * The demo's message lookup: the app's bundles, each value formatted with {@code java.text.MessageFormat} as Jira's
 * own lookup does, with arguments or without (so a literal apostrophe is written twice). A Hebrew locale (iw or
 * he) reads the Hebrew bundle, every other the default one; a key the Hebrew bundle lacks falls back to the default.
 */
public final class DemoI18n implements I18nResolver {

    private final Properties messages;
    private final Properties hebrew;

    public DemoI18n(Properties messages) {
        this(messages, bundle("i18n/sales-pipeline_he.properties"));
    }

    DemoI18n(Properties messages, Properties hebrew) {
        this.messages = messages;
        this.hebrew = hebrew;
    }

    /** A bundle of the app from the class path (\\u escapes or UTF-8, as Java reads bundles); empty when there is none. */
    static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = DemoI18n.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public String getText(String key) {
        return format(messages.getProperty(key, key));
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return format(messages.getProperty(key, key), arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return format(raw(locale, key), arguments);
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        Map<String, String> all = new TreeMap<>();
        for (String key : messages.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                all.put(key, raw(locale, key));
            }
        }
        return all;
    }

    private String raw(Locale locale, String key) {
        if (Languages.HEBREW.equals(Languages.of(locale)) && hebrew.containsKey(key)) {
            return hebrew.getProperty(key);
        }
        return messages.getProperty(key, key);
    }

    private static String format(String pattern, Serializable... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
