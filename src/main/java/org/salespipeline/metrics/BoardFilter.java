package org.salespipeline.metrics;

import java.util.Locale;

/**
 * What the board shows besides the owner: deals expected to close in a window (none = any close date, set or not)
 * and deals whose summary or issue key contains a text, ignoring case, every character taken literally.
 */
public record BoardFilter(CloseWindow closing, String text) {

    /** The longest text a board search takes. */
    public static final int TEXT_MAX_LENGTH = 100;

    private static final BoardFilter NONE = new BoardFilter(null, null);

    public BoardFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("A board search is at most " + TEXT_MAX_LENGTH + " characters");
        }
    }

    public static BoardFilter none() {
        return NONE;
    }

    /** The text as the store compares it: lower case in the root locale, as every database's LOWER folds ASCII. */
    public String foldedText() {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    public boolean matches(DealRecord deal) {
        if (closing != null && !closing.contains(deal.expectedCloseDate())) {
            return false;
        }
        String folded = foldedText();
        return folded == null || deal.issueKey().toLowerCase(Locale.ROOT).contains(folded)
                || deal.summary() != null && deal.summary().toLowerCase(Locale.ROOT).contains(folded);
    }
}
