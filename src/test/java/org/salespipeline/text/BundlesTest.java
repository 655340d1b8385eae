package org.salespipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of the app has every key of the default bundle, each with the same placeholders, and no key the
 * default lacks; every literal apostrophe is doubled, as Jira's MessageFormat reads it; Java finds the Hebrew bundle for
 * Jira's legacy code iw as for he.
 */
class BundlesTest {

    private static final Path DEFAULT = Path.of("i18n/sales-pipeline.properties");

    static List<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("i18n"))) {
            return files.filter(f -> f.getFileName().toString().matches("sales-pipeline_[a-zA-Z_]+\\.properties")).sorted().toList();
        }
    }

    @Test
    @DisplayName("each language's bundle has every key of the default one with the same placeholders, and no other key")
    void sameKeysAndPlaceholders() throws IOException {
        Properties english = BundleTexts.load(DEFAULT);
        List<Path> bundles = translations();
        assertThat(bundles).extracting(path -> path.getFileName().toString()).contains("sales-pipeline_he.properties");
        List<String> wrong = new ArrayList<>();
        for (Path bundle : bundles) {
            Properties translated = BundleTexts.load(bundle);
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                if (text == null) {
                    wrong.add(bundle.getFileName() + " lacks " + key);
                } else if (!Placeholders.of(text).equals(Placeholders.of(english.getProperty(key)))) {
                    wrong.add(bundle.getFileName() + " " + key + " has " + Placeholders.of(text) + ", the default "
                            + Placeholders.of(english.getProperty(key)));
                }
            }
            translated.stringPropertyNames().stream().filter(key -> !english.containsKey(key))
                    .forEach(key -> wrong.add(bundle.getFileName() + " has " + key + ", which the default lacks"));
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Jira formats every value it looks up with {@code java.text.MessageFormat}, with arguments or without (SAL's
     * {@code getText(key)} resolves with no arguments, and Jira's lookup formats whatever it is given), so a single
     * apostrophe starts a quoted part: it disappears and the placeholders after it are not filled in.
     */
    @Test
    @DisplayName("every value of every bundle, with placeholders or without, doubles each literal apostrophe as MessageFormat reads it")
    void apostrophesDoubled() throws IOException {
        List<Path> bundles = new ArrayList<>(translations());
        bundles.add(0, DEFAULT);
        List<String> wrong = new ArrayList<>();
        for (Path bundle : bundles) {
            Properties messages = BundleTexts.load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                String formatted = new java.text.MessageFormat(value, Locale.ROOT).format(new Object[0]);
                if (value.replace("''", "").contains("'") || !formatted.equals(value.replace("''", "'"))) {
                    wrong.add(bundle.getFileName() + " " + key + " reads as: " + formatted);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("Java resolves the Hebrew bundle for Jira's legacy locale iw and for he, with or without a country")
    void hebrewForIwAndHe() {
        ResourceBundle english = ResourceBundle.getBundle("i18n.sales-pipeline", Locale.ENGLISH, control());
        for (Locale locale : List.of(new Locale("iw"), new Locale("he"), new Locale("iw", "IL"), Locale.forLanguageTag("he-IL"))) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.sales-pipeline", locale, control());
            assertThat(bundle.getLocale().getLanguage()).as(locale.toString()).isIn("he", "iw");
            assertThat(bundle.getString("sales-pipeline.gadget.not-configured")).as(locale.toString())
                    .isNotEqualTo(english.getString("sales-pipeline.gadget.not-configured"))
                    .matches(".*[\\u0590-\\u05FF].*");
            assertThat(Languages.of(locale)).isEqualTo(Languages.HEBREW);
        }
        assertThat(Languages.of(Locale.US)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.known("iw")).contains(Languages.HEBREW);
        assertThat(Languages.known("fr")).isEmpty();
    }

    /** Bundles without the JVM's default locale as a fallback, so that the answer does not depend on the machine. */
    private static ResourceBundle.Control control() {
        return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
