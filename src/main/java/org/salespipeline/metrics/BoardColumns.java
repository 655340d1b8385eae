package org.salespipeline.metrics;

import java.util.ArrayList;
import java.util.List;
import org.salespipeline.pipeline.Stage;

/**
 * Builds a board column from the stage's deals in board order, the same way for the reference and the store: the
 * figures add up in that order, so that every implementation rounds alike.
 */
public final class BoardColumns {

    private BoardColumns() {
    }

    /** The column of the stage; {@code inOrder} are its deals matching the filters, most days in the stage first. */
    public static BoardColumn of(Stage stage, Iterable<BoardCard> inOrder, DealVisibility visibility, BoardPage page) {
        int deals = 0;
        int visible = 0;
        double value = 0;
        double weighted = 0;
        List<BoardCard> cards = new ArrayList<>();
        for (BoardCard card : inOrder) {
            double amount = card.amount() == null ? 0 : card.amount();
            deals++;
            value += amount;
            weighted += amount * stage.probability() / 100;
            if (visibility.canSee(card.issueKey())) {
                if (visible >= page.start() && cards.size() < page.limit()) {
                    cards.add(card);
                }
                visible++;
            }
        }
        return new BoardColumn(stage.key(), deals, value, weighted, deals - visible, cards,
                visible > page.start() + cards.size());
    }

    /** Whether a deal this many days in the stage is rotting there: longer than the stage's rot days. */
    public static boolean rotting(Stage stage, double daysInStage) {
        return daysInStage > stage.rotDays();
    }
}
