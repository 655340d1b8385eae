package org.salespipeline.history;

import java.util.Optional;

/**
 * How the stage log keeps an outcome's reason: a select-list option as {@code option:<id>:<name when recorded>}, so
 * that the reason follows the option when it is renamed; any other text (and every reason recorded before options
 * were kept by id) as the text itself.
 */
public final class Reasons {

    private static final String OPTION = "option:";
    // The reason columns hold 255 characters; a long option name is cut, its id is always kept.
    private static final int COLUMN_LENGTH = 255;

    private Reasons() {
    }

    /** The recorded form of an option; a blank name or id gives what there is, or null. */
    public static String option(String optionId, String name) {
        String text = blank(name) ? null : name.trim();
        if (blank(optionId) || !optionId.trim().chars().allMatch(Character::isDigit)) {
            return text;
        }
        String recorded = OPTION + optionId.trim() + ":" + (text == null ? "" : text);
        return recorded.length() <= COLUMN_LENGTH ? recorded : recorded.substring(0, COLUMN_LENGTH);
    }

    /** The option id a recorded reason refers to; empty for a reason kept as text. */
    public static Optional<Long> optionId(String recorded) {
        if (recorded == null || !recorded.startsWith(OPTION)) {
            return Optional.empty();
        }
        int end = recorded.indexOf(':', OPTION.length());
        String id = end < 0 ? "" : recorded.substring(OPTION.length(), end);
        return id.isEmpty() || !id.chars().allMatch(Character::isDigit) ? Optional.empty() : Optional.of(Long.valueOf(id));
    }

    /** The name as it was when the reason was recorded: an option's name then, or the text; null for none. */
    public static String recordedName(String recorded) {
        if (optionId(recorded).isEmpty()) {
            return recorded;
        }
        String name = recorded.substring(recorded.indexOf(':', OPTION.length()) + 1);
        return name.isEmpty() ? null : name;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
