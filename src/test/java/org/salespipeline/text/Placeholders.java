package org.salespipeline.text;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {0}, {1}… of a message text. */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private Placeholders() {
    }

    /** The argument numbers the text uses. */
    static Set<Integer> of(String text) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    /** How many arguments the text takes: one more than its highest placeholder. */
    static int count(String text) {
        return of(text).stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }
}
