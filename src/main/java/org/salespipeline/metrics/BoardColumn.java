package org.salespipeline.metrics;

import java.util.List;

/**
 * One open stage on the board: the deals matching the board's filters, their value and weighted value (every such
 * deal, visible to the user or not), how many of them the user may not see, and one page of the visible ones'
 * cards, most days in the stage first, then by issue key; {@code more} when visible cards follow the page.
 */
public record BoardColumn(String stageKey, int deals, double value, double weightedValue, int hiddenDeals,
        List<BoardCard> cards, boolean more) {

    public BoardColumn {
        cards = List.copyOf(cards);
    }
}
