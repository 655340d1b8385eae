package org.salespipeline.metrics;

import java.time.LocalDate;

/** One open deal on the board: what its card shows from the stage log. */
public record BoardCard(String issueKey, String summary, Double amount, String owner, LocalDate closeDate,
        double daysInStage, boolean rotting) {
}
