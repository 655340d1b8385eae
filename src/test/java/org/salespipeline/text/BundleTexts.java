package org.salespipeline.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.salespipeline.pipeline.Problem;

/**
 * Messages put into words from the app's bundle files as Jira fills them ({0}… replaced, an apostrophe kept as
 * written), for tests that read what a user would: English from {@code i18n/sales-pipeline.properties}.
 */
public final class BundleTexts implements Texts {

    /** The default bundle. */
    public static final BundleTexts ENGLISH = new BundleTexts(load(Path.of("i18n/sales-pipeline.properties")));

    private final Properties messages;

    public BundleTexts(Properties messages) {
        this.messages = messages;
    }

    /** The properties of a bundle file (ISO 8859-1 with \\u escapes, or UTF-8: Properties reads both alike here). */
    public static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public String text(Message message) {
        String pattern = messages.getProperty(message.key());
        if (pattern == null) {
            throw new AssertionError("No message " + message.key() + " in the bundle");
        }
        Object[] arguments = message.arguments().stream()
                .map(argument -> argument instanceof Message inner ? text(inner) : argument).toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** A problem as a user reads it: the field and the English text. */
    public record Said(String field, String text) {
    }

    /** The problems in English. */
    public static List<Said> said(List<Problem> problems) {
        return problems.stream().map(problem -> new Said(problem.field(), ENGLISH.text(problem.message()))).toList();
    }

    /** One message in English. */
    public static String english(Message message) {
        return ENGLISH.text(message);
    }

    /** Messages in English, in order. */
    public static List<String> english(List<Message> messages) {
        return ENGLISH.texts(messages);
    }
}
