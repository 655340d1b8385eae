package org.salespipeline.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the app speaks, by their code: English, the default, and Hebrew, which reads right to left. Jira
 * names Hebrew by its legacy code {@code iw} or by {@code he}; both are Hebrew here.
 */
public final class Languages {

    public static final String ENGLISH = "en";
    public static final String HEBREW = "he";
    /** Every language the app has a bundle for, the default first. */
    public static final List<String> ALL = List.of(ENGLISH, HEBREW);

    private Languages() {
    }

    /** The app's language for a Jira locale: Hebrew for {@code he} and {@code iw}, English for every other. */
    public static String of(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        String language = locale.getLanguage();
        return HEBREW.equals(language) || "iw".equals(language) ? HEBREW : ENGLISH;
    }

    /** The language a user chose, when it is one the app speaks ({@code iw} read as Hebrew); empty otherwise. */
    public static Optional<String> known(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = "iw".equals(code.strip()) ? HEBREW : code.strip().toLowerCase(Locale.ROOT);
        return ALL.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** The locale to look the language's messages up in. */
    public static Locale locale(String language) {
        return HEBREW.equals(language) ? Locale.forLanguageTag(HEBREW) : Locale.ENGLISH;
    }

    /** Whether the language reads right to left. */
    public static boolean isRightToLeft(String language) {
        return HEBREW.equals(language);
    }
}
