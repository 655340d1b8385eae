package org.salespipeline.pipeline;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The one home of a pipeline's limits: names, stage keys, numbers and texts. The validator, the editor, the REST
 * layer and the admin pages all read them from here.
 */
public final class StageRules {

    /** Longest pipeline or stage name, counted after trimming. */
    public static final int MAX_NAME_LENGTH = 80;
    /** Longest stage key. */
    public static final int MAX_KEY_LENGTH = 40;
    /** Longest guidance or exit-criteria text of a stage. */
    public static final int MAX_TEXT_LENGTH = 2000;
    /** Longest checklist item text: what the item's column holds. */
    public static final int MAX_ITEM_TEXT_LENGTH = 255;
    /** A stage's win probability, in percent. */
    public static final WholeNumber PROBABILITY = new WholeNumber("Probability", 0, 100);
    /** Days in a stage after which a deal is stalled. */
    public static final WholeNumber ROT_DAYS = new WholeNumber("Rot days", 1, 3650);

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0," + (MAX_KEY_LENGTH - 1) + "}");

    private StageRules() {
    }

    /** Whether a stage key is well-formed: upper-case letters, digits and underscores, starting with a letter. */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** What is wrong with a name (blank, or too long once trimmed); empty when it is fine. */
    public static Optional<Problem> checkName(String field, String label, String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(new Problem(field, label + " must not be blank"));
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of(new Problem(field, label + " must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        return Optional.empty();
    }

    /** A name as two stage names are compared: trimmed, without regard to case. */
    public static String comparableName(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with an optional text that has a maximum length; empty when it is fine. */
    public static Optional<Problem> checkText(String field, String label, String text, int max) {
        if (text != null && text.length() > max) {
            return Optional.of(new Problem(field, label + " must be at most " + String.format(Locale.ROOT, "%,d", max)
                    + " characters, was " + String.format(Locale.ROOT, "%,d", text.length()) + "."));
        }
        return Optional.empty();
    }

    /** A whole number between two bounds, both included, with the label its messages use. */
    public record WholeNumber(String label, int min, int max) {

        /** The rule in words, such as "Probability must be a whole number from 0 to 100". */
        public String rule() {
            return label + " must be a whole number from " + min + " to " + max;
        }

        public boolean allows(int value) {
            return value >= min && value <= max;
        }

        /** The value when it is a whole number within the bounds (1.0 counts as 1); empty otherwise, or when missing. */
        public OptionalInt read(BigDecimal value) {
            if (value == null || value.signum() != 0 && value.stripTrailingZeros().scale() > 0
                    || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(value.intValueExact());
        }

        /** The problem of a value that {@link #read} refuses, naming the value as sent. */
        public Problem problem(String field, BigDecimal value) {
            return new Problem(field, rule() + (value == null ? "." : ", not " + value.toPlainString() + "."));
        }
    }
}
