package org.salespipeline.metrics;

import java.time.LocalDate;

/** An open deal whose expected close date has already passed. */
public record SlippedDeal(String issueKey, String summary, LocalDate closeDate, Double amount, String stageKey) {
}
