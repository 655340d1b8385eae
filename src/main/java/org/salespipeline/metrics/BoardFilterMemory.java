package org.salespipeline.metrics;

import java.util.Optional;

/** The board filters each user last used on each project's board, by user key, so that the board opens with them. */
public interface BoardFilterMemory {

    /** The filters as the user last set them, each as sent (null when not set). */
    record Saved(String owner, String closeFrom, String closeTo, String text) {

        private static final Saved NONE = new Saved(null, null, null, null);

        public Saved {
            owner = blankless(owner);
            closeFrom = blankless(closeFrom);
            closeTo = blankless(closeTo);
            text = blankless(text);
        }

        public static Saved none() {
            return NONE;
        }

        public boolean isEmpty() {
            return equals(NONE);
        }

        private static String blankless(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The user's last filters on the project's board; empty when the user kept none. */
    Optional<Saved> find(String userKey, String projectKey);

    /** Keeps the user's filters for the project's board; no filter at all forgets them. */
    void save(String userKey, String projectKey, Saved filters);
}
