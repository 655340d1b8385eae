package org.salespipeline.pipeline;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.salespipeline.text.Message;

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
    public static final WholeNumber PROBABILITY = new WholeNumber(Message.of("sales-pipeline.label.probability"), 0, 100);
    /** Days in a stage after which a deal is stalled. */
    public static final WholeNumber ROT_DAYS = new WholeNumber(Message.of("sales-pipeline.label.rot-days"), 1, 3650);
    /** What the messages about a name or text call it. */
    public static final Message PIPELINE_NAME = Message.of("sales-pipeline.label.pipeline-name");
    public static final Message STAGE_NAME = Message.of("sales-pipeline.label.stage-name");
    public static final Message EXIT_CRITERIA = Message.of("sales-pipeline.label.exit-criteria");
    public static final Message GUIDANCE = Message.of("sales-pipeline.label.guidance");
    public static final Message ITEM_TEXT = Message.of("sales-pipeline.label.item-text");

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0," + (MAX_KEY_LENGTH - 1) + "}");

    private StageRules() {
    }

    /** Whether a stage key is well-formed: upper-case letters, digits and underscores, starting with a letter. */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** What is wrong with a name (blank, or too long once trimmed); empty when it is fine. */
    public static Optional<Problem> checkName(String field, Message label, String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Problem.of(field, "sales-pipeline.problem.blank", label));
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of(Problem.of(field, "sales-pipeline.problem.name-too-long", label, MAX_NAME_LENGTH));
        }
        return Optional.empty();
    }

    /** A name as two stage names are compared: trimmed, without regard to case. */
    public static String comparableName(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with an optional text that has a maximum length; empty when it is fine. */
    public static Optional<Problem> checkText(String field, Message label, String text, int max) {
        if (text != null && text.length() > max) {
            return Optional.of(Problem.of(field, "sales-pipeline.problem.text-too-long", label,
                    String.format(Locale.ROOT, "%,d", max), String.format(Locale.ROOT, "%,d", text.length())));
        }
        return Optional.empty();
    }

    /** A whole number between two bounds, both included, with the label its messages use. */
    public record WholeNumber(Message label, int min, int max) {

        /** The problem of a whole number outside the bounds, naming the value. */
        public Problem problem(String field, int value) {
            return Problem.of(field, "sales-pipeline.problem.whole-number", label, min, max, value);
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
            return value == null ? Problem.of(field, "sales-pipeline.problem.whole-number-missing", label, min, max)
                    : Problem.of(field, "sales-pipeline.problem.whole-number", label, min, max, value.toPlainString());
        }
    }
}
