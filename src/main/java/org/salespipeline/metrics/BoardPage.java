package org.salespipeline.metrics;

/** Which cards of each column the board shows: {@code start} visible cards skipped, then at most {@code limit}. */
public record BoardPage(int start, int limit) {

    /** The most cards a column shows at once. */
    public static final int MAX_LIMIT = 100;
    /** The cards a column shows first. */
    public static final int DEFAULT_LIMIT = 50;

    public BoardPage {
        if (start < 0) {
            throw new IllegalArgumentException("A board page must not start before the first card, was " + start);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A board page shows 1 to " + MAX_LIMIT + " cards, was " + limit);
        }
    }

    public static BoardPage first() {
        return new BoardPage(0, DEFAULT_LIMIT);
    }
}
